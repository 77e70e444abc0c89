/**
 * Build tests for bad content: every problem reported at once as `file:line: field: message`,
 * a non-zero exit, and the previous output left byte for byte as it was.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { reportText, writeFixtureSite } from "../helpers/fixture-site.ts";
import { REPO_ROOT, runScript, treeFingerprint } from "../helpers/run-cli.ts";

const GOOD = reportText(["title: A good report", 'date: "2025-11-18"', "minister: sattar-hashemi"]);

let root: string;
let out: string;
let before: Record<string, string>;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "khabar-errors-"));
  out = join(root, "dist");
  const content = writeFixtureSite({ "en/news/2025/good.md": GOOD }, join(root, "good"));
  const first = runScript("build", ["--content", content, "--out", out]);
  expect(first.status).toBe(0);
  before = treeFingerprint(out);
});

/** Builds the given content files (plus the good report) into the same output folder. */
function buildBroken(files: Record<string, string>, name: string) {
  const content = writeFixtureSite({ "en/news/2025/good.md": GOOD, ...files }, join(root, name));
  const result = runScript("build", ["--content", content, "--out", out]);
  return { ...result, at: relative(REPO_ROOT, content) };
}

describe("npm run build with bad content", () => {
  it("reports every error of every file in one run, sorted, and leaves the previous output untouched", () => {
    const result = buildBroken(
      {
        "fa/news/2025/typo.md": reportText(["title: گزارش", 'date: "1404-08-27"', "minster: sattar-hashemi", "topics: [aii]"]),
        "en/news/2025/Bad_Name.md": reportText(["title: Fine", 'date: "2025-02-30"', "minister: sattar-hashemi", "permalink: /x/"], ""),
        "en/news/2025/both.md": reportText(["title: \u202Eevil", 'date: "2025-11-18"', 'jdate: "1404-08-27"', "minister: sattar-hashemi", "lang: fa"]),
      },
      "several",
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")).toEqual([
      `${result.at}/en/news/2025/Bad_Name.md: slug: the file name expected lowercase ASCII letters, digits and single hyphens, got "Bad_Name"`,
      `${result.at}/en/news/2025/Bad_Name.md:3: date: "2025-02-30" is not a real date: February 2025 has 28 days`,
      `${result.at}/en/news/2025/Bad_Name.md:5: permalink: is not accepted: report URLs are derived from the file name (the slug)`,
      `${result.at}/en/news/2025/Bad_Name.md:7: body: is empty: a report needs its text below the frontmatter`,
      `${result.at}/en/news/2025/both.md:2: title: contains the bidi control character U+202E (RIGHT-TO-LEFT OVERRIDE): remove it`,
      `${result.at}/en/news/2025/both.md:4: jdate: give either \`date\` or \`jdate\`, not both`,
      `${result.at}/en/news/2025/both.md:6: lang: is "fa" but the file is in the en/ folder (English)`,
      `${result.at}/fa/news/2025/typo.md:2: minister: is required`,
      `${result.at}/fa/news/2025/typo.md:3: date: "1404-08-27" looks like a Jalali date: use \`jdate\` for Solar Hijri dates`,
      `${result.at}/fa/news/2025/typo.md:4: minster: unknown field (did you mean "minister"?)`,
      `${result.at}/fa/news/2025/typo.md:5: topics[0]: unknown key "aii" in topics.yaml (did you mean "ai"?)`,
      `khabar: 11 errors in ${join(root, "several/content")}; ${out} was left as it was`,
      "",
    ]);
    expect(treeFingerprint(out)).toEqual(before);
  });

  it("reports invalid YAML with its line", () => {
    const result = buildBroken({ "en/news/2025/yaml.md": "---\ntitle: [unclosed\ndate: \"2025-11-18\"\n---\nText\n" }, "yaml");
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n")[0]).toMatch(new RegExp(`^${result.at}/en/news/2025/yaml\\.md:\\d: yaml: invalid YAML: `));
    expect(treeFingerprint(out)).toEqual(before);
  });

  it("reports an unknown minister with the nearest key, a Jalali date that cannot exist, and no date at all", () => {
    const result = buildBroken(
      {
        "fa/news/2025/a.md": reportText(["title: الف", 'jdate: "1404-12-30"', "minister: sattar-hashmi"]),
        "fa/news/2025/b.md": reportText(["title: ب", "minister: sattar-hashemi"]),
      },
      "keys",
    );
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n").slice(0, 3)).toEqual([
      `${result.at}/fa/news/2025/a.md:3: jdate: "1404-12-30" is not a real Jalali date: Esfand 1404 has 29 days`,
      `${result.at}/fa/news/2025/a.md:4: minister: unknown key "sattar-hashmi" in people.yaml (did you mean "sattar-hashemi"?)`,
      `${result.at}/fa/news/2025/b.md:2: date: is required: give \`date\` (Gregorian, e.g. "2025-11-18") or \`jdate\` (Jalali, e.g. "1404-08-27")`,
    ]);
    expect(treeFingerprint(out)).toEqual(before);
  });

  it("reports a slug used twice in one language and a registry entry missing a language", () => {
    const content = writeFixtureSite(
      {
        "en/news/2025/good.md": GOOD,
        "en/news/2024/good.md": GOOD,
        "_data/topics.yaml": "ai:\n  fa: { name: هوش مصنوعی }\n",
      },
      join(root, "repeats"),
    );
    const result = runScript("build", ["--content", content, "--out", out]);
    const at = relative(REPO_ROOT, content);
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n").slice(0, 2)).toEqual([
      `${at}/_data/topics.yaml:1: ai.en: is required`,
      `${at}/en/news/2025/good.md: slug: slug "good" is already used by ${at}/en/news/2024/good.md: each English report needs its own`,
    ]);
    expect(treeFingerprint(out)).toEqual(before);
  });

  it("leaves the previous output untouched when a file name holds a bidi isolate", () => {
    const content = writeFixtureSite({ "en/news/2025/good.md": GOOD }, join(root, "bidi-name"));
    writeFileSync(join(content, "en/news/2025/evil\u2067.md"), GOOD);
    const result = runScript("build", ["--content", content, "--out", out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("evil\u2067.md: slug: the file name contains the bidi control character U+2067 (RIGHT-TO-LEFT ISOLATE): remove it\n");
    expect(treeFingerprint(out)).toEqual(before);
  });
});
