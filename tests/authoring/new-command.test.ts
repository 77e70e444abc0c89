/**
 * `npm run new`, as an editor runs it: files that then build, and refusals that write nothing.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { reportText, writeFixtureSite } from "../helpers/fixture-site.ts";
import { REPO_ROOT, runScript, treeFingerprint } from "../helpers/run-cli.ts";

describe("npm run new", () => {
  it("writes both languages with valid frontmatter and a placeholder the build refuses", () => {
    const content = writeFixtureSite({});
    const at = relative(REPO_ROOT, content);
    const result = runScript("new", [
      "--content", content, "--slug", "itu-sg-baku", "--title", "دیدار با «دبیرکل»", "--title-en", "Meeting the Secretary-General",
      "--minister", "sattar-hashemi", "--organization", "itu", "--venue", "baku", "--topics", "ai", "--jdate", "1404-08-27",
    ]);
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n")).toEqual([
      `created ${at}/fa/news/2025/itu-sg-baku.md`,
      `created ${at}/en/news/2025/itu-sg-baku.md`,
      "Write the report's text in place of the placeholder line; the build refuses the placeholder.",
      "",
    ]);
    expect(readFileSync(join(content, "fa/news/2025/itu-sg-baku.md"), "utf8")).toBe(
      '---\ntitle: "دیدار با «دبیرکل»"\njdate: "1404-08-27"\nminister: sattar-hashemi\norganization: itu\nvenue: baku\ntopics: [ai]\n---\n[khabar: replace this line with the text of the report]\n',
    );
    expect(readFileSync(join(content, "en/news/2025/itu-sg-baku.md"), "utf8").split("\n")[1]).toBe('title: "Meeting the Secretary-General"');

    const out = join(mkdtempSync(join(tmpdir(), "khabar-new-")), "dist");
    const refused = runScript("build", ["--content", content, "--out", out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr.split("\n").slice(0, 2)).toEqual([
      `${at}/en/news/2025/itu-sg-baku.md:9: body: still holds the placeholder that \`npm run new\` wrote: replace it with the report's text`,
      `${at}/fa/news/2025/itu-sg-baku.md:9: body: still holds the placeholder that \`npm run new\` wrote: replace it with the report's text`,
    ]);

    for (const lang of ["fa", "en"]) {
      const path = join(content, `${lang}/news/2025/itu-sg-baku.md`);
      writeFileSync(path, readFileSync(path, "utf8").replace(/\[khabar: [^\]]*\]/, "The text."));
    }
    const built = runScript("build", ["--content", content, "--out", out]);
    expect(built.stderr).toBe("");
    expect(existsSync(join(out, "fa/news/itu-sg-baku/index.html"))).toBe(true);
  });

  it("dates a report today in Tehran when no date is given", () => {
    const content = writeFixtureSite({});
    const result = runScript("new", ["--content", content, "--slug", "today", "--title", "T", "--minister", "sattar-hashemi", "--lang", "en"]);
    expect(result.status).toBe(0);
    const today = DateTime.now().setZone("Asia/Tehran");
    const text = readFileSync(join(content, `en/news/${today.year}/today.md`), "utf8");
    expect(text.split("\n")[2]).toBe(`date: "${today.toISODate()}"`);
  });

  it("refuses an unknown key with the nearest one suggested, and writes nothing", () => {
    const content = writeFixtureSite({});
    const before = treeFingerprint(content);
    const result = runScript("new", ["--content", content, "--slug", "x", "--title", "T", "--title-en", "T", "--minister", "sattar-hashmi", "--topics", "ai,aii"]);
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n")).toEqual([
      '--minister: unknown key "sattar-hashmi" in people.yaml (did you mean "sattar-hashemi"?)',
      `  to add it, put these lines at the end of ${relative(REPO_ROOT, content)}/_data/people.yaml:`,
      "    sattar-hashmi:",
      "      fa: { name: …, role: … }",
      "      en: { name: …, role: … }",
      '--topics: unknown key "aii" in topics.yaml (did you mean "ai"?)',
      `  to add it, put these lines at the end of ${relative(REPO_ROOT, content)}/_data/topics.yaml:`,
      "    aii:",
      "      fa: { name: … }",
      "      en: { name: … }",
      "",
    ]);
    expect(treeFingerprint(content)).toEqual(before);
  });

  it("refuses a slug already used, even in another year's folder, and leaves the existing file as it was", () => {
    const existing = reportText(["title: Old", 'date: "2024-01-01"', "minister: sattar-hashemi"]);
    const content = writeFixtureSite({ "en/news/2024/itu-sg-baku.md": existing });
    const at = relative(REPO_ROOT, content);
    const before = treeFingerprint(content);
    const result = runScript("new", ["--content", content, "--slug", "itu-sg-baku", "--title", "T", "--title-en", "T", "--minister", "sattar-hashemi", "--date", "2025-11-18"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`--slug: "itu-sg-baku" is already used by ${at}/en/news/2024/itu-sg-baku.md; nothing was written\n`);
    expect(treeFingerprint(content)).toEqual(before);
  });

  it("refuses a slug that breaks the rule and a date that cannot exist", () => {
    const content = writeFixtureSite({});
    const result = runScript("new", ["--content", content, "--slug", "ITU_Baku", "--title", "T", "--title-en", "T", "--minister", "sattar-hashemi", "--date", "2025-02-30"]);
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n")).toEqual([
      '--slug: expected lowercase ASCII letters, digits and single hyphens, got "ITU_Baku"',
      '--date: "2025-02-30" is not a real date: February 2025 has 28 days',
      "",
    ]);
  });

  it("suggests the option meant for a mistyped one, British spelling included", () => {
    const result = runScript("new", ["--slug", "x", "--title", "T", "--minister", "sattar-hashemi", "--organisation", "itu"]);
    expect([result.status, result.stderr.split("\n")[0]]).toEqual([2, "--organisation: no such option; did you mean --organization?"]);
  });

  it("refuses to write both languages without an English title, rather than put the Persian title in the English file", () => {
    const content = writeFixtureSite({});
    const before = treeFingerprint(content);
    const result = runScript("new", ["--content", content, "--slug", "x", "--title", "دیدار", "--minister", "sattar-hashemi"]);
    expect([result.status, result.stderr]).toEqual([
      1,
      "--title-en: is required when both languages are written: the English file needs an English title (or write one language with --lang fa)\n",
    ]);
    expect(treeFingerprint(content)).toEqual(before);
  });

  it("writes a Jalali date typed in Persian digits in ASCII digits in the English file", () => {
    const content = writeFixtureSite({});
    const result = runScript("new", ["--content", content, "--slug", "x", "--title", "دیدار", "--title-en", "Talks", "--minister", "sattar-hashemi", "--jdate", "۱۴۰۴-۰۸-۲۷"]);
    expect(result.status).toBe(0);
    expect([readFileSync(join(content, "fa/news/2025/x.md"), "utf8").split("\n")[2], readFileSync(join(content, "en/news/2025/x.md"), "utf8").split("\n")[2]]).toEqual([
      'jdate: "۱۴۰۴-۰۸-۲۷"',
      'jdate: "1404-08-27"',
    ]);
  });
});
