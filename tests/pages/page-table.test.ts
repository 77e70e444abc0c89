/**
 * The page table lists every page of a site once, by kind, template and address, and the sitemap
 * and robots.txt it holds are made from it.
 */
import { describe, expect, it } from "vitest";
import { outputPathOf, pageTable, pagesOfKind } from "../../src/pages/page-table.ts";
import { createNunjucksEnvironment } from "../../src/render/nunjucks-environment.ts";
import { renderPage } from "../../src/render/render-page.ts";
import { loadSite } from "../../src/site/load-site.ts";
import { DEFAULT_SITE_OPTIONS } from "../../src/site/site-options.ts";
import { reportText, writeFixtureSite } from "../helpers/fixture-site.ts";

const ORIGIN = "https://news.example.test";

describe("pageTable", () => {
  it("lists every page of a one-report site by its address, with its kind and template (entity indexes only where a language has entities)", () => {
    const content = writeFixtureSite({ "en/news/2025/itu.md": reportText(["title: ITU", 'date: "2025-11-18"', "minister: sattar-hashemi"]) });
    const pages = pageTable(loadSite({ ...DEFAULT_SITE_OPTIONS, contentDir: content }).model);
    expect(pages.map((page) => `${page.kind} ${page.template} ${page.url}`)).toEqual([
      "language-choice language-choice.njk /",
      "home home.njk /fa/",
      "home home.njk /en/",
      "report report.njk /en/news/itu/",
      "list list.njk /fa/news/",
      "list list.njk /en/news/",
      "list list.njk /en/archive/2025/11/",
      "list list.njk /en/people/sattar-hashemi/",
      "index index-page.njk /fa/archive/",
      "index index-page.njk /en/archive/",
      "index index-page.njk /en/archive/2025/",
      "index index-page.njk /en/people/",
      "search search.njk /fa/search/",
      "search search.njk /en/search/",
      "not-found 404.njk /404.html",
      "feed feed.njk /fa/feed.xml",
      "feed feed.njk /en/feed.xml",
      "sitemap sitemap.njk /sitemap.xml",
      "robots robots.njk /robots.txt",
    ]);
  });

  it("gives each page's template its model as `model`", () => {
    const { model } = loadSite(DEFAULT_SITE_OPTIONS);
    const pages = pageTable(model);
    expect(pages.find((page) => page.url === "/en/feed.xml")).toEqual({ kind: "feed", template: "feed.njk", url: "/en/feed.xml", outputPath: "en/feed.xml", data: { model: model.feeds[1] } });
    expect(pagesOfKind(pages, "home").map((page) => page.data.model)).toEqual(model.homes);
  });

  it("lists in the sitemap, by absolute address, every HTML page but the not-found page, and / first", () => {
    const content = writeFixtureSite({
      "fa/news/2025/itu.md": reportText(["title: اتحادیه", 'date: "2025-11-18"', "minister: sattar-hashemi"]),
      "en/news/2025/itu.md": reportText(["title: ITU", 'date: "2025-11-18"', "minister: sattar-hashemi"]),
    });
    const pages = pageTable(loadSite({ ...DEFAULT_SITE_OPTIONS, contentDir: content }).model);
    const [sitemap] = pagesOfKind(pages, "sitemap");
    const htmlPages = pages.filter((page) => page.outputPath.endsWith(".html") && page.kind !== "not-found");
    expect(sitemap?.data.model.entries.map((entry) => entry.loc)).toEqual(htmlPages.map((page) => `${ORIGIN}${page.url}`));
    expect(sitemap?.data.model.entries[0]).toEqual({ loc: `${ORIGIN}/`, alternates: [] });
    expect(sitemap?.data.model.entries.find((entry) => entry.loc === `${ORIGIN}/en/news/itu/`)?.alternates).toEqual([
      { hreflang: "fa", href: `${ORIGIN}/fa/news/itu/` },
      { hreflang: "en", href: `${ORIGIN}/en/news/itu/` },
      { hreflang: "x-default", href: `${ORIGIN}/fa/news/itu/` },
    ]);
  });

  it("renders robots.txt with the sitemap's absolute address", () => {
    const pages = pageTable(loadSite({ ...DEFAULT_SITE_OPTIONS, baseUrl: "http://localhost:8080" }).model);
    const [robots] = pagesOfKind(pages, "robots");
    expect(robots && renderPage(robots, createNunjucksEnvironment())).toBe("User-agent: *\nAllow: /\n\nSitemap: http://localhost:8080/sitemap.xml\n");
  });
});

describe("outputPathOf", () => {
  it("writes a folder's address as its index.html and a file's address as itself", () => {
    expect([outputPathOf("/fa/news/x/"), outputPathOf("/"), outputPathOf("/fa/feed.xml"), outputPathOf("/404.html")]).toEqual(["fa/news/x/index.html", "index.html", "fa/feed.xml", "404.html"]);
  });
});
