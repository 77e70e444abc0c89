/**
 * Build tests for the archive: lists of 20 a page, Jalali and Gregorian months around Nowruz and a
 * month boundary, entity pages, feeds and the sitemap, on a fixture of 52 reports a language.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load, type CheerioAPI } from "cheerio";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { reportText, writeFixtureSite } from "../helpers/fixture-site.ts";
import { runScript } from "../helpers/run-cli.ts";

/** Every day from 10 March to 29 April 2025: Esfand 1403, Farvardin and Ordibehesht 1404; March and April 2025. */
const DAYS = Array.from({ length: 51 }, (_, index) => DateTime.utc(2025, 3, 10).plus({ days: index }).toISODate() ?? "");

let out: string;
const html = (path: string): CheerioAPI => load(readFileSync(join(out, path, "index.html"), "utf8"));
const xml = (path: string): CheerioAPI => load(readFileSync(join(out, path), "utf8"), { xml: true });
const subfolders = (path: string) => readdirSync(join(out, path)).sort();

beforeAll(() => {
  const files: Record<string, string> = {};
  for (const day of DAYS) {
    const fields = [`date: "${day}"`, "minister: sattar-hashemi", "topics: [ai]"];
    files[`fa/news/2025/report-${day}.md`] = reportText([`title: گزارش ${day}`, ...fields], "متن.");
    files[`en/news/2025/report-${day}.md`] = reportText([`title: Report ${day}`, ...fields], "Text.");
  }
  // 20:30 UTC on 20 March is already 21 March, Nowruz 1404, in Tehran.
  const instant = ['date: "2025-03-20T20:30Z"', "minister: sattar-hashemi"];
  files["fa/news/2025/nowruz-instant.md"] = reportText(["title: لحظهٔ نوروز", ...instant], "متن.");
  files["en/news/2025/nowruz-instant.md"] = reportText(["title: The Nowruz instant", ...instant, "organization: apt"], "Text.");
  const draft = ['date: "2025-04-30"', "minister: sattar-hashemi", "organization: itu", "draft: true"];
  files["fa/news/2025/draft-report.md"] = reportText(["title: پیش‌نویس", ...draft], "متن.");
  files["en/news/2025/draft-report.md"] = reportText(["title: A draft", ...draft], "Text.");
  files["_data/organizations.yaml"] = `itu:
  fa: { name: اتحادیه بین‌المللی مخابرات, short: ITU }
  en: { name: International Telecommunication Union, short: ITU }
apt:
  fa: { name: جامعه ارتباطات آسیا و اقیانوسیه, short: APT }
  en: { name: Asia-Pacific Telecommunity, short: APT }
  url: https://www.apt.int
`;
  const content = writeFixtureSite(files);
  out = join(mkdtempSync(join(tmpdir(), "khabar-archive-")), "dist");
  const result = runScript("build", ["--content", content, "--out", out, "--base-url", "https://news.example.test"]);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
});

describe("the list of all reports", () => {
  it("has 20 reports a page, newest first, on exactly three pages", () => {
    expect(subfolders("fa/news/page")).toEqual(["2", "3"]);
    expect(subfolders("en/news/page")).toEqual(["2", "3"]);
    const first = html("fa/news");
    expect(first(".report-list__item").length).toBe(20);
    expect(first(".report-list__title a").first().attr("href")).toBe("/fa/news/report-2025-04-29/");
    expect(html("fa/news/page/3")(".report-list__item").length).toBe(12);
  });

  it("writes page numbers and the page label in Persian digits on Persian pages", () => {
    const $ = html("fa/news/page/2");
    expect($(".pagination a").map((_, a) => $(a).text()).get()).toEqual(["صفحهٔ قبل", "۱", "۲", "۳", "صفحهٔ بعد"]);
    expect($('.pagination a[aria-current="page"]').attr("href")).toBe("/fa/news/page/2/");
    expect($(".list-header__count").text()).toBe("۵۲ گزارش · صفحهٔ ۲ از ۳");
    const en = html("en/news/page/2");
    expect(en(".list-header__count").text()).toBe("52 reports · Page 2 of 3");
  });
});

describe("the archive", () => {
  it("lists Jalali years and months with their counts on the Persian index", () => {
    const $ = html("fa/archive");
    expect($(".index-group__heading").map((_, h) => $(h).text()).get()).toEqual(["۱۴۰۴ (۴۱ گزارش)", "۱۴۰۳ (۱۱ گزارش)"]);
    expect($(".index-list li").map((_, li) => $(li).text()).get()).toEqual([
      "اردیبهشت ۱۴۰۴ (۹ گزارش)",
      "فروردین ۱۴۰۴ (۳۲ گزارش)",
      "اسفند ۱۴۰۳ (۱۱ گزارش)",
    ]);
    expect($(".index-list a").map((_, a) => $(a).attr("href")).get()).toEqual(["/fa/archive/1404/02/", "/fa/archive/1404/01/", "/fa/archive/1403/12/"]);
  });

  it("lists Gregorian years and months on the English index", () => {
    const $ = html("en/archive");
    expect($(".index-list li").map((_, li) => $(li).text()).get()).toEqual(["April 2025 (29 reports)", "March 2025 (23 reports)"]);
  });

  it("files 20:30 UTC on 20 March 2025 under Farvardin 1404 and March 2025", () => {
    expect(subfolders("fa/archive/1404/01/page")).toEqual(["2"]);
    const farvardin = html("fa/archive/1404/01/page/2");
    expect(farvardin(".report-list__title a").map((_, a) => farvardin(a).attr("href")).get().slice(10)).toEqual([
      "/fa/news/nowruz-instant/",
      "/fa/news/report-2025-03-21/",
    ]);
    expect(html("fa/archive/1403/12")(".report-list__title a").first().attr("href")).toBe("/fa/news/report-2025-03-20/");
    const march = html("en/archive/2025/03");
    expect(march("h1").text()).toBe("March 2025");
    expect(march(".report-list__title a").map((_, a) => march(a).attr("href")).get().slice(10, 12)).toEqual([
      "/en/news/nowruz-instant/",
      "/en/news/report-2025-03-21/",
    ]);
  });

  it("has a page for every year, and none for a month without reports", () => {
    expect(subfolders("fa/archive")).toEqual(["1403", "1404", "index.html"]);
    expect(subfolders("fa/archive/1404")).toEqual(["01", "02", "index.html"]);
    expect(subfolders("en/archive/2025")).toEqual(["03", "04", "index.html"]);
  });
});

describe("entity pages", () => {
  it("give an organisation with only English reports an English page and no Persian one", () => {
    const $ = html("en/organizations/apt");
    expect($("h1").text()).toBe("Asia-Pacific Telecommunity");
    expect($(".list-header__detail a").attr("href")).toBe("https://www.apt.int");
    expect($(".report-list__title a").map((_, a) => $(a).attr("href")).get()).toEqual(["/en/news/nowruz-instant/"]);
    expect(existsSync(join(out, "fa/organizations/apt"))).toBe(false);
    expect($('link[rel="alternate"][hreflang]').map((_, link) => $(link).attr("hreflang")).get()).toEqual(["en"]);
  });

  it("paginate a person's reports and link them from every report page", () => {
    expect(subfolders("fa/people/sattar-hashemi/page")).toEqual(["2", "3"]);
    const report = html("fa/news/report-2025-04-01");
    expect(report(".fact a").map((_, a) => report(a).attr("href")).get()).toEqual(["/fa/people/sattar-hashemi/", "/fa/topics/ai/"]);
  });

  it("exist for no entity named only by drafts", () => {
    expect(existsSync(join(out, "fa/organizations/itu"))).toBe(false);
    expect(existsSync(join(out, "en/organizations/itu"))).toBe(false);
  });
});

describe("feeds and the sitemap", () => {
  it("hold the newest 50 reports of a language with Tehran's offset, updated at the newest", () => {
    const $ = xml("fa/feed.xml");
    expect($("feed").attr("xml:lang")).toBe("fa");
    expect($("feed > updated").text()).toBe("2025-04-29T00:00:00+03:30");
    expect($("entry").length).toBe(50);
    expect($("entry > id").first().text()).toBe("https://news.example.test/fa/news/report-2025-04-29/");
    expect($("entry > published").last().text()).toBe("2025-03-12T00:00:00+03:30");
    expect(xml("en/feed.xml")('entry > link[href="https://news.example.test/en/news/nowruz-instant/"]').length).toBe(1);
  });

  it("lists every page once with hreflang pairs for translations, and no draft", () => {
    const $ = xml("sitemap.xml");
    const locs = $("url > loc").map((_, loc) => $(loc).text()).get();
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs.filter((loc) => loc.includes("draft"))).toEqual([]);
    const entry = $("url").filter((_, url) => $(url).children("loc").text() === "https://news.example.test/en/news/nowruz-instant/");
    expect(entry.find("xhtml\\:link").map((_, link) => `${$(link).attr("hreflang")} ${$(link).attr("href")}`).get()).toEqual([
      "fa https://news.example.test/fa/news/nowruz-instant/",
      "en https://news.example.test/en/news/nowruz-instant/",
      "x-default https://news.example.test/fa/news/nowruz-instant/",
    ]);
    expect(readFileSync(join(out, "robots.txt"), "utf8")).toBe("User-agent: *\nAllow: /\n\nSitemap: https://news.example.test/sitemap.xml\n");
  });

  it("leave drafts out of every list and feed", () => {
    for (const path of ["fa/news/index.html", "en/news/index.html", "fa/feed.xml", "en/feed.xml", "fa/index.html"]) {
      expect(readFileSync(join(out, path), "utf8").includes("draft-report")).toBe(false);
    }
  });
});
