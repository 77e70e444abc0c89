/**
 * `npm run check`, as an editor runs it: errors and warnings one a line, a translation summary,
 * and `--fix` repairing Persian typography in report bodies only.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { reportText, writeFixtureSite } from "../helpers/fixture-site.ts";
import { REPO_ROOT, runScript } from "../helpers/run-cli.ts";

const ZWNJ = "\u200c";

describe("npm run check", () => {
  it("passes the sample site with only the untranslated report to mention", () => {
    const result = runScript("check", []);
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n")).toEqual([
      'content/fa/news/2025/tajikistan-communications-service-baku.md: translation: warning: has no English translation (no en report with the slug or translationKey "tajikistan-communications-service-baku")',
      "translations: 8 Persian, 7 English, 7 pairs; 1 without a translation",
      "  Persian only: tajikistan-communications-service-baku (content/fa/news/2025/tajikistan-communications-service-baku.md)",
      "khabar check: 0 errors, 1 warning in content",
      "",
    ]);
  });

  it("warns of Arabic letters, lost ZWNJs (the ZWNJ of each suggestion shown as ‹ZWNJ›), a word that reads two ways, a future date and a missing translation, and exits 0", () => {
    const content = writeFixtureSite({
      "fa/news/2025/typography.md": reportText(
        ["title: همكاري با ITU", 'date: "2025-11-18"', "minister: sattar-hashemi"],
        "وزیر گفت همکاریهای ایران میتواند گسترش یابد و دستهای خود را بالا برد.\n\nاین `میتواند` کد است.",
      ),
      "en/news/2025/typography.md": reportText(["title: Cooperation", 'date: "2025-11-18"', "minister: sattar-hashemi"]),
      "en/news/2099/future.md": reportText(["title: Tomorrow's news", 'date: "2099-01-01"', "minister: sattar-hashemi"]),
    });
    const at = relative(REPO_ROOT, content);
    const result = runScript("check", ["--content", content]);
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n")).toEqual([
      `${at}/en/news/2099/future.md: date: warning: is in the future (2099-01-01): check it, or mark the report as a draft`,
      `${at}/en/news/2099/future.md: translation: warning: has no Persian translation (no fa report with the slug or translationKey "future")`,
      `${at}/fa/news/2025/typography.md: title: warning: has Arabic ي or ك: write Persian ی and ک`,
      `${at}/fa/news/2025/typography.md:6: body: warning: "همکاریهای" has likely lost its ZWNJ: write "همکاری‹ZWNJ›های"`,
      `${at}/fa/news/2025/typography.md:6: body: warning: "میتواند" has likely lost its ZWNJ: write "می‹ZWNJ›تواند"`,
      `${at}/fa/news/2025/typography.md:6: body: warning: "دستهای" reads two ways, "دست‹ZWNJ›های" or "دسته‹ZWNJ›ای": write the one it means`,
      "translations: 1 Persian, 2 English, 1 pair; 1 without a translation",
      `  English only: future (${at}/en/news/2099/future.md)`,
      `khabar check: 0 errors, 6 warnings in ${content}`,
      "",
    ]);
  });

  it("exits 1 on an error and lists it with the warnings", () => {
    const content = writeFixtureSite({ "en/news/2025/bad.md": reportText(["title: Bad", 'date: "2025-11-18"', "minister: nobody"]) });
    const at = relative(REPO_ROOT, content);
    const result = runScript("check", ["--content", content]);
    expect(result.status).toBe(1);
    expect(result.stdout.split("\n").slice(0, 2)).toEqual([
      `${at}/en/news/2025/bad.md: translation: warning: has no Persian translation (no fa report with the slug or translationKey "bad")`,
      `${at}/en/news/2025/bad.md:4: minister: unknown key "nobody" in people.yaml`,
    ]);
    expect(result.stdout).toContain(`khabar check: 1 error, 1 warning in ${content}\n`);
  });

  it("fixes lost ZWNJs and Arabic letters in the body only, lists each change, and changes nothing the second time", () => {
    const frontmatter = ["title: همكاريهاي ایران", 'date: "2025-11-18"', "minister: sattar-hashemi", "summary: میتواند"];
    const body = "همکاریهای ايران [پیوند](https://example.org/میتواند) میتواند.\n\n```\nمیتواند\n```\n";
    const content = writeFixtureSite({ "fa/news/2025/fix-me.md": reportText(frontmatter, body) });
    const at = relative(REPO_ROOT, content);
    const file = join(content, "fa/news/2025/fix-me.md");
    const first = runScript("check", ["--content", content, "--fix"]);
    expect(first.stdout.split("\n").slice(0, 3)).toEqual([
      `fixed ${at}/fa/news/2025/fix-me.md:7: همکاریهای → همکاری‹ZWNJ›های`,
      `fixed ${at}/fa/news/2025/fix-me.md:7: ايران → ایران`,
      `fixed ${at}/fa/news/2025/fix-me.md:7: میتواند → می‹ZWNJ›تواند`,
    ]);
    expect(readFileSync(file, "utf8")).toBe(
      `---\n${frontmatter.join("\n")}\n---\nهمکاری${ZWNJ}های ایران [پیوند](https://example.org/میتواند) می${ZWNJ}تواند.\n\n\`\`\`\nمیتواند\n\`\`\`\n\n`,
    );
    const second = runScript("check", ["--content", content, "--fix"]);
    expect(second.stdout).toContain("0 fixes applied");
    expect(readdirSync(join(content, "fa/news/2025"))).toEqual(["fix-me.md"]);
  });

  it("warns of words whose ZWNJ became a space, then --fix joins them and leaves free words apart", () => {
    const body = "آن ها می گویند همکاری های بین المللی هم کار دارد.\n";
    const content = writeFixtureSite({
      "fa/news/2025/spaces.md": reportText(["title: فاصله", 'date: "2025-11-18"', "minister: sattar-hashemi"], body),
    });
    const at = relative(REPO_ROOT, content);
    const file = join(content, "fa/news/2025/spaces.md");
    const warned = runScript("check", ["--content", content]);
    expect(warned.stdout.split("\n").filter((line) => line.includes("ZWNJ"))).toEqual([
      `${at}/fa/news/2025/spaces.md:6: body: warning: "آن ها" has likely lost its ZWNJ: write "آن‹ZWNJ›ها"`,
      `${at}/fa/news/2025/spaces.md:6: body: warning: "می گویند" has likely lost its ZWNJ: write "می‹ZWNJ›گویند"`,
      `${at}/fa/news/2025/spaces.md:6: body: warning: "همکاری های" has likely lost its ZWNJ: write "همکاری‹ZWNJ›های"`,
      `${at}/fa/news/2025/spaces.md:6: body: warning: "بین المللی" has likely lost its ZWNJ: write "بین‹ZWNJ›المللی"`,
    ]);
    const first = runScript("check", ["--content", content, "--fix"]);
    expect(first.stdout).toContain(`fixed ${at}/fa/news/2025/spaces.md:6: می گویند → می‹ZWNJ›گویند\n`);
    expect(readFileSync(file, "utf8").endsWith(`\n---\nآن${ZWNJ}ها می${ZWNJ}گویند همکاری${ZWNJ}های بین${ZWNJ}المللی هم کار دارد.\n\n`)).toBe(true);
  });

  it("writes a name the registries spell with a ZWNJ that way, fused or spaced, and --fix repairs it", () => {
    const people = `sattar-hashemi:\n  fa: { name: سید ستار هاشمی, role: وزیر }\n  en: { name: Seyed Sattar Hashemi, role: Minister }\nzarepour:\n  fa: { name: عیسی زارع${ZWNJ}پور, role: وزیر پیشین }\n  en: { name: Issa Zarepour, role: Former minister }\n`;
    const content = writeFixtureSite({
      "_data/people.yaml": people,
      "fa/news/2025/names.md": reportText(["title: نام", 'date: "2025-11-18"', "minister: sattar-hashemi"], "زارعپور و هاشمی با زارع پور دیدار کردند."),
    });
    const at = relative(REPO_ROOT, content);
    const warned = runScript("check", ["--content", content]);
    expect(warned.stdout.split("\n").filter((line) => line.includes("ZWNJ"))).toEqual([
      `${at}/fa/news/2025/names.md:6: body: warning: "زارعپور" has likely lost its ZWNJ: write "زارع‹ZWNJ›پور"`,
      `${at}/fa/news/2025/names.md:6: body: warning: "زارع پور" has likely lost its ZWNJ: write "زارع‹ZWNJ›پور"`,
    ]);
    runScript("check", ["--content", content, "--fix"]);
    expect(readFileSync(join(content, "fa/news/2025/names.md"), "utf8").endsWith(`\n---\nزارع${ZWNJ}پور و هاشمی با زارع${ZWNJ}پور دیدار کردند.\n`)).toBe(true);
  });

  it("writes its findings as JSON with --json", () => {
    const result = runScript("check", ["--json"]);
    const report = JSON.parse(result.stdout) as { errors: number; warnings: number; translations: { counts: Record<string, number>; pairs: number } };
    expect(report.errors).toBe(0);
    expect(report.warnings).toBe(1);
    expect(report.translations).toEqual({
      counts: { fa: 8, en: 7 },
      pairs: 7,
      unpaired: [{ lang: "fa", slug: "tajikistan-communications-service-baku", file: "content/fa/news/2025/tajikistan-communications-service-baku.md" }],
    });
  });

  it("refuses an image cache inside the content folder, with the usage, and exits 2", () => {
    const result = runScript("check", ["--image-cache", "content/media/cache"]);
    expect([result.status, result.stdout, result.stderr]).toEqual([
      2,
      "",
      "--image-cache: content/media/cache lies in content (--content); give the photos' cache a folder of its own\nusage: npm run check -- [--content DIR] [--fix] [--json] [--image-cache DIR]\n",
    ]);
  });
});
