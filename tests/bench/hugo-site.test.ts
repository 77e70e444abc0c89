/**
 * The Hugo site `npm run bench` times Hugo on: the same reports, with dates Hugo can read. Hugo itself
 * is not run here (it is not among the project's dependencies); the bench runs it when installed.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countHtmlPages, writeHugoSite } from "../../src/bench/hugo-site.ts";

describe("writeHugoSite", () => {
  it("writes the config, the layouts and every report of both languages, each date with seconds and Tehran's offset", () => {
    const corpus = mkdtempSync(join(tmpdir(), "khabar-hugo-corpus-"));
    for (const lang of ["fa", "en"]) mkdirSync(join(corpus, lang, "news", "2025"), { recursive: true });
    writeFileSync(join(corpus, "fa", "news", "2025", "a.md"), '---\ntitle: "الف"\ndate: "2025-11-18T10:30"\n---\nمتن\n');
    writeFileSync(join(corpus, "en", "news", "2025", "a.md"), '---\ntitle: "A"\ndate: "2025-11-18T10:30"\n---\ndate: "2025-11-18T10:30"\n');
    const site = join(mkdtempSync(join(tmpdir(), "khabar-hugo-site-")), "site");
    writeHugoSite(corpus, site);
    expect(readdirSync(site, { recursive: true, encoding: "utf8" }).sort()).toEqual([
      "content",
      "content/en",
      "content/en/news",
      "content/en/news/2025",
      "content/en/news/2025/a.md",
      "content/fa",
      "content/fa/news",
      "content/fa/news/2025",
      "content/fa/news/2025/a.md",
      "hugo.toml",
      "layouts",
      "layouts/_default",
      "layouts/_default/baseof.html",
      "layouts/_default/list.html",
      "layouts/_default/single.html",
    ]);
    expect(readFileSync(join(site, "content", "fa", "news", "2025", "a.md"), "utf8")).toBe('---\ntitle: "الف"\ndate: "2025-11-18T10:30:00+03:30"\n---\nمتن\n');
    // Only the frontmatter's date changes; a body line that looks like it keeps its text.
    expect(readFileSync(join(site, "content", "en", "news", "2025", "a.md"), "utf8")).toBe(
      '---\ntitle: "A"\ndate: "2025-11-18T10:30:00+03:30"\n---\ndate: "2025-11-18T10:30"\n',
    );
  });
});

describe("countHtmlPages", () => {
  it("counts the HTML files at every depth and nothing else", () => {
    const out = mkdtempSync(join(tmpdir(), "khabar-hugo-out-"));
    mkdirSync(join(out, "fa", "news", "a"), { recursive: true });
    for (const file of ["index.html", "index.xml", "fa/index.html", "fa/news/a/index.html", "sitemap.xml"]) writeFileSync(join(out, file), "");
    expect(countHtmlPages(out)).toBe(3);
  });
});
