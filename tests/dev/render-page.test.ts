/**
 * The dev server renders each page on demand; every page, static file and search index file it
 * serves must be the very bytes `npm run build` writes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { BuildOptions } from "../../src/build/build-options.ts";
import { DevSite, type ServedSite } from "../../src/dev/dev-site.ts";
import { pageTemplates, renderPage, sitePages, withoutFrontmatter } from "../../src/dev/render-page.ts";
import { staticFile } from "../../src/dev/static-files.ts";
import { reportText, writeFixtureSite } from "../helpers/fixture-site.ts";
import { buildSampleSite } from "../helpers/sample-site.ts";
import { treeFingerprint } from "../helpers/run-cli.ts";

/** What `npm run build` uses when given no options. */
const BUILD_DEFAULTS: BuildOptions = { contentDir: "content", baseUrl: undefined, pathPrefix: "/", includeDrafts: false, keepServingOnErrors: false };

function servedSite(options: BuildOptions): ServedSite {
  const site = new DevSite(options);
  const update = site.update("everything");
  if (site.served === undefined) throw new Error(`the site did not load: ${JSON.stringify(update)}`);
  return site.served;
}

/** The address a built file is served at: `fa/news/x/index.html` is `/fa/news/x/`. */
function addressOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}

describe("the dev server's pages", () => {
  it("are byte-identical to every file of a real npm run build of the sample site", async () => {
    const out = buildSampleSite("khabar-dev-render-");
    const built = Object.keys(treeFingerprint(out));
    const served = servedSite(BUILD_DEFAULTS);
    const templates = pageTemplates();
    const searchIndex = served.searchIndex();

    const differing: string[] = [];
    for (const file of built) {
      const address = addressOf(file);
      const expected = readFileSync(join(out, file));
      const page = served.pages.get(address);
      const actual =
        page !== undefined ? Buffer.from(renderPage(page, served.model, templates)) : file.startsWith("search-index/") ? Buffer.from(searchIndex.get(file) ?? "") : await staticFile(address);
      if (actual === undefined || !expected.equals(actual)) differing.push(file);
    }
    expect(differing).toEqual([]);
    // Every page the dev server has is a file of the build, and so is every search index file.
    const builtAddresses = new Set(built.map(addressOf));
    expect(built.filter((file) => !/^(assets|search-index)\//.test(file)).length).toBe(served.pages.size);
    expect([...served.pages.keys()].filter((address) => !builtAddresses.has(address))).toEqual([]);
    expect([...searchIndex.keys()].filter((file) => !built.includes(file))).toEqual([]);
    expect(built.filter((file) => file.startsWith("assets/")).sort()).toEqual([
      "assets/fonts/vazirmatn-arabic-400-normal.woff2",
      "assets/fonts/vazirmatn-arabic-700-normal.woff2",
      "assets/fonts/vazirmatn-latin-400-normal.woff2",
      "assets/fonts/vazirmatn-latin-700-normal.woff2",
      "assets/khabar.css",
      "assets/search.js",
    ]);
  });
});

describe("sitePages", () => {
  it("lists every page of a one-report site by its address, with its template (entity indexes only where a language has entities)", () => {
    const content = writeFixtureSite({ "en/news/2025/itu.md": reportText(["title: ITU", 'date: "2025-11-18"', "minister: sattar-hashemi"]) });
    const served = servedSite({ ...BUILD_DEFAULTS, contentDir: content });
    const pages = Object.fromEntries([...sitePages(served.model)].map(([address, page]) => [address, page.template]));
    expect(pages).toEqual({
      "/en/news/itu/": "report.njk",
      "/fa/news/": "list.njk",
      "/en/news/": "list.njk",
      "/en/archive/2025/11/": "list.njk",
      "/en/people/sattar-hashemi/": "list.njk",
      "/fa/": "home.njk",
      "/en/": "home.njk",
      "/fa/archive/": "index-page.njk",
      "/en/archive/": "index-page.njk",
      "/en/archive/2025/": "index-page.njk",
      "/en/people/": "index-page.njk",
      "/fa/search/": "search.njk",
      "/en/search/": "search.njk",
      "/fa/feed.xml": "feed.njk",
      "/en/feed.xml": "feed.njk",
      "/": "index.njk",
      "/404.html": "404.njk",
      "/sitemap.xml": "sitemap.njk",
      "/robots.txt": "robots.njk",
    });
  });

  it("gives a paginated template its item under the template's alias", () => {
    const served = servedSite(BUILD_DEFAULTS);
    expect(served.pages.get("/en/feed.xml")).toEqual({ template: "feed.njk", data: { feed: served.model.feeds[1] } });
    expect(served.pages.get("/fa/")).toEqual({ template: "home.njk", data: { model: served.model.homes[0] } });
  });
});

describe("renderPage", () => {
  it("renders robots.txt with the sitemap's absolute address", () => {
    const served = servedSite({ ...BUILD_DEFAULTS, baseUrl: "http://localhost:8080" });
    const robots = served.pages.get("/robots.txt");
    expect(robots && renderPage(robots, served.model, pageTemplates())).toBe("User-agent: *\nAllow: /\n\nSitemap: http://localhost:8080/sitemap.xml\n");
  });
});

describe("withoutFrontmatter", () => {
  it("cuts YAML frontmatter and the line end after it", () => {
    expect(withoutFrontmatter("---\npermalink: /\n---\n<p>Hi</p>\n")).toBe("<p>Hi</p>\n");
  });

  it("cuts JavaScript frontmatter", () => {
    expect(withoutFrontmatter('---js\nconst pagination = { data: "khabar.homes" };\n---\n{% include "home-page.njk" %}')).toBe('{% include "home-page.njk" %}');
  });

  it("leaves a template without frontmatter as it is", () => {
    expect(withoutFrontmatter("<p>---</p>\n")).toBe("<p>---</p>\n");
  });

  it("leaves a text that starts with a longer rule as it is", () => {
    expect(withoutFrontmatter("----\n<hr>\n")).toBe("----\n<hr>\n");
  });
});
