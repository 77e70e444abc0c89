/**
 * `npm run check [-- --content DIR] [--fix] [--json] [--image-cache DIR]`: validates all content without building and
 * reports the editor's warnings (contract §5); `--fix` first repairs Persian typography in report
 * bodies (contract §6). Exit 1 on any error; warnings alone exit 0.
 */
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { checkContent } from "../src/check/check-content.ts";
import { fixTypographyInFiles } from "../src/check/fix-typography-files.ts";
import { registrySpellings } from "../src/check/registry-spellings.ts";
import { typographyFindings } from "../src/check/typography-findings.ts";
import { formatProblem } from "../src/content/problem.ts";
import { readContentSources, readDataSources } from "../src/content/read-content.ts";
import { imageCacheOption } from "../src/image-processing/image-cache-option.ts";
import { readInspectedPhotos, writeInspectedPhotos } from "../src/image-processing/inspected-photos-file.ts";
import { LOCALES } from "../src/i18n/locales.ts";
import { visibleZwnj } from "../src/typography/visible-zwnj.ts";
import { WordFixMemo } from "../src/typography/word-fix-memo.ts";

const USAGE = "usage: npm run check -- [--content DIR] [--fix] [--json] [--image-cache DIR]";

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        content: { type: "string", default: "content" },
        fix: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        "image-cache": { type: "string" },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const imageCache = imageCacheOption(values["image-cache"], [["--content", values.content]]);
  if (imageCache.problem !== undefined) {
    console.error(`${imageCache.problem}\n${USAGE}`);
    return 2;
  }
  // One memo for the run: an archive repeats its words, and the rules are costly per word.
  const memo = new WordFixMemo();
  // The site's names as its registries write them (`زارع‌پور`), which no rule could know.
  const known = registrySpellings(readDataSources(values.content));
  const fixes = values.fix ? fixTypographyInFiles(readContentSources(values.content).reports, memo, known) : [];
  // What earlier builds found in the photos, so that check reads only the photos changed since.
  const photos = readInspectedPhotos(imageCache.dir);
  const result = checkContent(readContentSources(values.content, process.cwd(), photos), {
    now: DateTime.now(),
    typographyFindings: (markdown) => typographyFindings(markdown, memo, known),
  });
  writeInspectedPhotos(imageCache.dir, photos);
  const errors = result.problems.filter((problem) => problem.severity === "error");
  const warnings = result.problems.length - errors.length;

  if (values.json) {
    const { counts, pairs, unpaired } = result.translations;
    const report = {
      errors: errors.length,
      warnings,
      problems: result.problems,
      fixes,
      translations: { counts, pairs, unpaired: unpaired.map(({ lang, slug, file }) => ({ lang, slug, file })) },
    };
    console.log(JSON.stringify(report, null, 2));
    return errors.length > 0 ? 1 : 0;
  }

  for (const fix of fixes) console.log(`fixed ${fix.file}:${fix.line}: ${fix.before} → ${visibleZwnj(fix.after)}`);
  for (const problem of result.problems) console.log(formatProblem(problem));
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : word.endsWith("x") ? "es" : "s"}`;
  const { counts, pairs, unpaired } = result.translations;
  console.log(`translations: ${counts.fa} Persian, ${counts.en} English, ${plural(pairs, "pair")}; ${unpaired.length} without a translation`);
  for (const report of unpaired) console.log(`  ${LOCALES[report.lang].englishName} only: ${report.slug} (${report.file})`);
  const fixed = values.fix ? `, ${plural(fixes.length, "fix")} applied` : "";
  console.log(`khabar check: ${plural(errors.length, "error")}, ${plural(warnings, "warning")}${fixed} in ${values.content}`);
  return errors.length > 0 ? 1 : 0;
}

process.exitCode = main();
