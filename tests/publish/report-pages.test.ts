/**
 * Build tests: a small fixture site is built by the real `npm run build` script into a temporary
 * folder, and its HTML is read with a real parser (cheerio).
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load, type CheerioAPI } from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { reportText, writeFixtureSite } from "../helpers/fixture-site.ts";
import { runScript, treeFingerprint, type CliResult } from "../helpers/run-cli.ts";
import { htmlFilesOf, sampleBuild } from "../helpers/sample-site.ts";

const PAIRED_FA = reportText(
  [
    "title: دیدار وزیر با دبیرکل «ITU»",
    'date: "2025-11-18"',
    "minister: sattar-hashemi",
    "counterpart: doreen-bogdan-martin",
    "organization: itu",
    "venue: baku",
    "topics: [ai]",
    "source: { name: خبرگزاری صدا و سیما, url: https://www.iribnews.ir/fa/news/5630280 }",
  ],
  'وزیر ارتباطات در باکو با دبیرکل دیدار کرد و گفت: "همکاری‌ها ادامه دارد".',
);
const PAIRED_EN = reportText(
  ['title: "Minister meets the ITU Secretary-General"', 'jdate: "۱۴۰۴/۰۸/۲۷ ۱۰:۳۰"', "minister: sattar-hashemi", "organization: itu", "venue: baku", "topics: [ai]"],
  'The minister met the Secretary-General in Baku and said "cooperation goes on".',
);
const UNTRANSLATED_FA = reportText(["title: گزارشی فقط به فارسی", 'jdate: "1404-01-01"', "minister: sattar-hashemi"], "متن گزارش.");
const HOSTILE_EN = reportText(
  ["title: '</script><b>bold</b> & \"quoted\"'", 'date: "2025-03-20T20:30Z"', "minister: sattar-hashemi", "summary: 'A <img src=x onerror=alert(1)> summary'"],
  "Text with <script>alert(1)</script> and [a link](javascript:alert(1)).",
);
const DRAFT_EN = reportText(["title: Not yet", 'date: "2025-11-19"', "minister: sattar-hashemi", "draft: true"], "Unfinished.");

let out: string;
let result: CliResult;
const page = (path: string): CheerioAPI => load(readFileSync(join(out, path, "index.html"), "utf8"));

beforeAll(() => {
  const content = writeFixtureSite({
    "fa/news/2025/itu-sg-baku.md": PAIRED_FA,
    "en/news/2025/itu-sg-baku.md": PAIRED_EN,
    "fa/news/1404/nowruz-report.md": UNTRANSLATED_FA,
    "en/news/2025/hostile-title.md": HOSTILE_EN,
    "en/news/2025/not-yet.md": DRAFT_EN,
  });
  out = join(mkdtempSync(join(tmpdir(), "khabar-build-")), "dist");
  result = runScript("build", ["--content", content, "--out", out, "--base-url", "https://news.example.test"]);
});

describe("npm run build on a small site", () => {
  // 4 reports, 2 homes, 2 news lists, 8 archive pages, 17 entity pages and indexes, 2 search pages, / and 404;
  // then 2 feeds, the sitemap and robots.txt.
  it("succeeds and says how many pages it wrote", () => {
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^khabar: wrote 41 pages to .*dist in \d+\.\d\d s\n$/m);
    expect(htmlFilesOf(out)).toHaveLength(37);
  });

  it("writes a Persian report page right-to-left with the Jalali date first", () => {
    const $ = page("fa/news/itu-sg-baku");
    expect($("html").attr("lang")).toBe("fa");
    expect($("html").attr("dir")).toBe("rtl");
    expect($("h1").length).toBe(1);
    expect($("h1").text()).toBe("دیدار وزیر با دبیرکل «ITU»");
    expect($("time").map((_, time) => $(time).text()).get()).toEqual(["سه\u200cشنبه ۲۷ آبان ۱۴۰۴", "۱۸ نوامبر ۲۰۲۵"]);
    expect($("time").map((_, time) => $(time).attr("datetime")).get()).toEqual(["2025-11-18", "2025-11-18"]);
  });

  it("writes an English report page left-to-right with the Gregorian date and Tehran time first", () => {
    const $ = page("en/news/itu-sg-baku");
    expect($("html").attr("lang")).toBe("en");
    expect($("html").attr("dir")).toBe("ltr");
    expect($("time").map((_, time) => $(time).text()).get()).toEqual(["Tuesday 18 November 2025, 10:30 Tehran time", "27 Aban 1404"]);
    expect($("time").first().attr("datetime")).toBe("2025-11-18T10:30:00+03:30");
  });

  it("links translations both ways with hreflang and an x-default pointing at the Persian page", () => {
    const alternates = (path: string) => {
      const $ = page(path);
      return $('link[rel="alternate"][hreflang]').map((_, link) => `${$(link).attr("hreflang")} ${$(link).attr("href")}`).get();
    };
    const expected = [
      "fa https://news.example.test/fa/news/itu-sg-baku/",
      "en https://news.example.test/en/news/itu-sg-baku/",
      "x-default https://news.example.test/fa/news/itu-sg-baku/",
    ];
    expect(alternates("fa/news/itu-sg-baku")).toEqual(expected);
    expect(alternates("en/news/itu-sg-baku")).toEqual(expected);
    expect(page("fa/news/itu-sg-baku")(".language-switch").attr("href")).toBe("/en/news/itu-sg-baku/");
    expect(page("en/news/itu-sg-baku")(".language-switch").attr("href")).toBe("/fa/news/itu-sg-baku/");
  });

  it("gives an untranslated report only its own hreflang and switches language to the other home", () => {
    const $ = page("fa/news/nowruz-report");
    expect($('link[rel="alternate"][hreflang]').map((_, link) => $(link).attr("hreflang")).get()).toEqual(["fa", "x-default"]);
    expect($(".language-switch").attr("href")).toBe("/en/");
    expect($("time").first().text()).toBe("جمعه ۱ فروردین ۱۴۰۴");
  });

  it("names the minister, counterpart, organisation, venue, topics and source in the page's language", () => {
    const $ = page("en/news/itu-sg-baku");
    expect($(".fact").map((_, fact) => $(fact).text().replace(/\s+/g, " ").trim()).get()).toEqual([
      "Minister Seyed Sattar Hashemi (Minister of ICT)",
      "Organisation International Telecommunication Union (ITU)",
      "Venue Baku (Azerbaijan)",
      "Topics Artificial intelligence",
    ]);
    const fa = page("fa/news/itu-sg-baku");
    expect(fa(".fact dt").map((_, dt) => fa(dt).text()).get()).toEqual(["وزیر", "طرف دیدار", "سازمان", "محل", "موضوع‌ها", "منبع"]);
    expect(fa(".fact a[rel=external]").attr("href")).toBe("https://www.iribnews.ir/fa/news/5630280");
  });

  it("uses Persian quotation marks in Persian Markdown and English ones in English", () => {
    expect(page("fa/news/itu-sg-baku")(".report__body p").text()).toBe("وزیر ارتباطات در باکو با دبیرکل دیدار کرد و گفت: «همکاری‌ها ادامه دارد».");
    expect(page("en/news/itu-sg-baku")(".report__body p").text()).toBe("The minister met the Secretary-General in Baku and said “cooperation goes on”.");
  });

  it("keeps a hostile title as text everywhere, and its JSON-LD valid with the exact headline", () => {
    const $ = page("en/news/hostile-title");
    const title = '</script><b>bold</b> & "quoted"';
    expect($("h1").text()).toBe(title);
    expect($("h1 b").length).toBe(0);
    expect($("title").text()).toBe(`${title} | Test News`);
    const jsonLd = JSON.parse($('script[type="application/ld+json"]').text()) as Record<string, unknown>;
    expect(jsonLd.headline).toBe(title);
    expect(jsonLd.datePublished).toBe("2025-03-21T00:00:00+03:30");
    expect($('meta[name="description"]').attr("content")).toBe("A <img src=x onerror=alert(1)> summary");
    expect($("img").length).toBe(0);
    expect($(".report__body").html()?.trim()).toBe(
      "<p>Text with &lt;script&gt;alert(1)&lt;/script&gt; and [a link](javascript:alert(1)).</p>",
    );
  });

  it("files an instant of 20:30 UTC on 20 March 2025 under Nowruz 1404 in Tehran", () => {
    const $ = page("en/news/hostile-title");
    expect($("time").map((_, time) => $(time).text()).get()).toEqual(["Friday 21 March 2025, 00:00 Tehran time", "1 Farvardin 1404"]);
  });

  it("lists the newest reports on each home, and builds no draft", () => {
    const fa = page("fa");
    expect(fa(".report-list__title a").map((_, a) => fa(a).attr("href")).get()).toEqual(["/fa/news/itu-sg-baku/", "/fa/news/nowruz-report/"]);
    const en = page("en");
    expect(en(".report-list__title a").map((_, a) => en(a).attr("href")).get()).toEqual(["/en/news/itu-sg-baku/", "/en/news/hostile-title/"]);
    expect(existsSync(join(out, "en/news/not-yet"))).toBe(false);
  });

  it("writes the language choice at / and a bilingual 404 page", () => {
    const root = page("");
    expect(root(".edition a").map((_, a) => root(a).attr("href")).get()).toEqual(["/fa/", "/en/"]);
    const notFound = load(readFileSync(join(out, "404.html"), "utf8"));
    expect(notFound("h1").text()).toBe("صفحه پیدا نشد");
  });

  it("copies the stylesheet and the self-hosted Vazirmatn fonts", () => {
    expect(existsSync(join(out, "assets/khabar.css"))).toBe(true);
    expect(existsSync(join(out, "assets/fonts/vazirmatn-arabic-400-normal.woff2"))).toBe(true);
  });
});

describe("npm run build under a path prefix", () => {
  it("prefixes every internal link and every absolute address", () => {
    const content = writeFixtureSite({ "fa/news/2025/itu-sg-baku.md": PAIRED_FA, "en/news/2025/itu-sg-baku.md": PAIRED_EN });
    const prefixed = join(mkdtempSync(join(tmpdir(), "khabar-build-")), "dist");
    const run = runScript("build", ["--content", content, "--out", prefixed, "--base-url", "https://example.org/", "--path-prefix", "/news/"]);
    expect(run.status).toBe(0);
    const $ = load(readFileSync(join(prefixed, "fa/news/itu-sg-baku/index.html"), "utf8"));
    expect($('link[rel="canonical"]').attr("href")).toBe("https://example.org/news/fa/news/itu-sg-baku/");
    expect($('link[rel="stylesheet"]').attr("href")).toBe("/news/assets/khabar.css");
    expect($(".language-switch").attr("href")).toBe("/news/en/news/itu-sg-baku/");
    expect($(".site-name").attr("href")).toBe("/news/fa/");
  });
});

describe("npm run build with a base URL that has a path", () => {
  it("takes the sub-folder from it, writing what --path-prefix writes, never doubled", () => {
    const out = join(mkdtempSync(join(tmpdir(), "khabar-build-")), "dist");
    const run = runScript("build", ["--out", out, "--base-url", "https://news.example.org/sub/"]);
    expect(run.status).toBe(0);
    expect(treeFingerprint(out)).toEqual(treeFingerprint(sampleBuild(true)));
    expect(readFileSync(join(out, "robots.txt"), "utf8")).toBe("User-agent: *\nAllow: /\n\nSitemap: https://news.example.org/sub/sitemap.xml\n");
  });

  it("refuses a --path-prefix that names another sub-folder, in one line, writing nothing", () => {
    const out = join(mkdtempSync(join(tmpdir(), "khabar-build-")), "dist");
    const run = runScript("build", ["--out", out, "--base-url", "https://news.example.org/sub/", "--path-prefix", "/news/"]);
    expect([run.status, run.stdout, run.stderr]).toEqual([
      1,
      "",
      "khabar: the base URL https://news.example.org/sub/ is served from /sub/, but --path-prefix says /news/: give the sub-folder once, in the base URL or with --path-prefix\n",
    ]);
    expect(existsSync(out)).toBe(false);
  });
});
