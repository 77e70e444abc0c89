/**
 * `npm run measure-zwnj -- FILE… [--list]`: measures the ZWNJ repair on correctly
 * written Persian text, as docs/typography.md reports it for texts that are not in the repository.
 * For each file it prints how many words `check --fix` would change in the text as written (each a
 * lost ZWNJ of the text's own, or a change to correct text), then damages the text the two ways agency
 * copy arrives (every ZWNJ deleted, every ZWNJ a space), repairs it, and prints how many of the
 * lost visible ZWNJs came back and how many changes were right. With `--list`, each change to the text
 * as written, each wrong change and each miss follows.
 *
 * Only lines with Persian letters are read, and none with markup characters (`` ` { } < > = [ ] ``),
 * so that plain text, subtitles or a translation file's strings can be measured as they are.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { fixPersianText } from "../src/typography/fix-persian-text.ts";
import { fixArabicLetters } from "../src/typography/letters.ts";
import { visibleZwnj } from "../src/typography/visible-zwnj.ts";
import { deleteZwnjs, scoreRepair, spaceZwnjs } from "../src/typography/zwnj-damage.ts";

const { values, positionals } = parseArgs({ options: { list: { type: "boolean", default: false } }, allowPositionals: true });
if (positionals.length === 0) {
  console.error("usage: npm run measure-zwnj -- FILE… [--list]");
  process.exit(2);
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

// A reader that stops early (`| head`) closes the pipe: that ends the listing, and is no failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(0);
});

for (const file of positionals) {
  const text = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => /[\u0600-\u06ff]/.test(line) && !/[`{}<>=[\]]/.test(line))
    // Arabic ي/ك are fixed first: the score compares texts that differ only in spaces and ZWNJs.
    .map(fixArabicLetters)
    .join("\n");
  const asWritten = fixPersianText(text).changes;
  console.log(`${file}: ${asWritten.length} ${asWritten.length === 1 ? "change" : "changes"} to the text as written`);
  if (values.list) for (const change of asWritten) console.log(`  ${change.line}: ${change.before} → ${visibleZwnj(change.after)}`);
  for (const [name, damage] of [["deleted", deleteZwnjs], ["spaced", spaceZwnjs]] as const) {
    const damaged = damage(text);
    const score = scoreRepair(text, damaged, fixPersianText(damaged).text);
    console.log(
      `  ZWNJs ${name}: ${score.restored} of ${score.lost} restored (${percent(score.restored, score.lost)}), ` +
        `${score.rightChanges} of ${score.changes} changes right`,
    );
    if (values.list) {
      for (const wrong of score.wrong) console.log(`    wrong: ${wrong}`);
      for (const missed of score.missed) console.log(`    missed: ${missed}`);
    }
  }
}
