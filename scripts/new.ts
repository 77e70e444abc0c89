/**
 * `npm run new -- --slug S --title T --minister KEY [--organization K] [--counterpart K] [--venue K]
 * [--topics a,b] [--date YYYY-MM-DD | --jdate YYYY-MM-DD] [--lang fa|en|both] [--title-en T] [--content DIR]`:
 * scaffolds a report (contract §7). It refuses unknown keys, a slug in use, and existing files.
 */
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { newReportFiles } from "../src/authoring/new-report.ts";
import { writeNewFiles } from "../src/authoring/write-new-files.ts";
import { parseData } from "../src/content/parse-registries.ts";
import { nearestKey } from "../src/content/nearest-key.ts";
import { slugOf } from "../src/content/parse-report.ts";
import { formatProblem, hasErrors } from "../src/content/problem.ts";
import { readContentSources } from "../src/content/read-content.ts";
import { isLang, type Lang } from "../src/i18n/locales.ts";

const USAGE =
  'usage: npm run new -- --slug itu-sg-baku --title "…" --minister sattar-hashemi [--organization itu] [--counterpart KEY] [--venue baku] [--topics ai,5g] [--date 2025-11-18 | --jdate 1404-08-27] [--lang fa|en|both] [--title-en "…"] [--content DIR]';

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        slug: { type: "string" },
        title: { type: "string" },
        "title-en": { type: "string" },
        minister: { type: "string" },
        organization: { type: "string" },
        counterpart: { type: "string" },
        venue: { type: "string" },
        topics: { type: "string" },
        date: { type: "string" },
        jdate: { type: "string" },
        lang: { type: "string", default: "both" },
        content: { type: "string", default: "content" },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${optionMistake(error as Error & { code?: string })}\n${USAGE}`);
    return 2;
  }
  const missing = (["slug", "title", "minister"] as const).filter((option) => values[option] === undefined);
  if (missing.length > 0) {
    console.error(`${missing.map((option) => `--${option} is required`).join("\n")}\n${USAGE}`);
    return 2;
  }
  const langs: Lang[] = values.lang === "both" ? ["fa", "en"] : isLang(values.lang) ? [values.lang] : [];
  if (langs.length === 0) {
    console.error(`--lang: expected fa, en or both, got "${values.lang}"`);
    return 2;
  }

  // Only the registries need to be sound: other reports may well be work in progress.
  const sources = readContentSources(values.content);
  const data = parseData(sources);
  if (hasErrors(data.problems)) {
    for (const problem of data.problems) console.error(formatProblem(problem));
    console.error("khabar: fix the registries above first");
    return 1;
  }
  const registries = data.registries;
  const result = newReportFiles(
    {
      slug: values.slug ?? "",
      title: values.title ?? "",
      titleEn: values["title-en"],
      minister: values.minister ?? "",
      organization: values.organization,
      counterpart: values.counterpart,
      venue: values.venue,
      topics: values.topics === undefined ? [] : values.topics.split(",").map((topic) => topic.trim()).filter(Boolean),
      date: values.date,
      jdate: values.jdate,
      langs,
      dataDir: sources.dataDir,
    },
    registries,
    DateTime.now(),
  );
  if (!result.ok) {
    for (const error of result.errors) console.error(error);
    return 1;
  }
  const taken = sources.reports.filter((report) => langs.includes(report.lang) && slugOf(report.path) === values.slug);
  if (taken.length > 0) {
    for (const report of taken) console.error(`--slug: "${values.slug}" is already used by ${report.path}; nothing was written`);
    return 1;
  }
  const existing = writeNewFiles(values.content, result.files);
  if (existing.length > 0) {
    for (const path of existing) console.error(`${relative(process.cwd(), path)}: already exists; nothing was written`);
    return 1;
  }
  for (const file of result.files) console.log(`created ${relative(process.cwd(), join(values.content, file.path))}`);
  console.log("Write the report's text in place of the placeholder line; the build refuses the placeholder.");
  return 0;
}

/** The options `new` takes, for suggestions. */
const OPTIONS = ["slug", "title", "title-en", "minister", "organization", "counterpart", "venue", "topics", "date", "jdate", "lang", "content"];

/** parseArgs' refusal of an unknown option, with the option the editor probably meant (British spellings too). */
function optionMistake(error: Error & { code?: string }): string {
  const unknown = /^Unknown option '--([^']+)'/.exec(error.message)?.[1];
  if (error.code !== "ERR_PARSE_ARGS_UNKNOWN_OPTION" || unknown === undefined) return error.message;
  const meant = nearestKey(unknown.replace("organisation", "organization"), OPTIONS);
  return meant === undefined ? `--${unknown}: no such option` : `--${unknown}: no such option; did you mean --${meant}?`;
}

process.exitCode = main();
