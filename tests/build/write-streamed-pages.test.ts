import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nunjucksEnvironment, RenderedTeasers, writeListPages } from "../../src/build/write-streamed-pages.ts";
import { loadSite } from "../../src/site/load-site.ts";
import type { ListPage, ReportTeaser } from "../../src/site/site-model.ts";

const { model } = loadSite({ contentDir: "content", baseUrl: undefined, pathPrefix: "/", includeDrafts: false, keepServingOnErrors: false });

describe("writeListPages", () => {
  it("writes every list page byte for byte as the template renders it with the teasers themselves, as Eleventy does", () => {
    const out = mkdtempSync(join(tmpdir(), "khabar-lists-"));
    writeListPages(model.lists, out, new RenderedTeasers());
    const template = nunjucksEnvironment().getTemplate("list-page.njk");
    const differing = model.lists.filter((page) => readFileSync(join(out, page.path.slice(1), "index.html"), "utf8") !== template.render({ model: page }));
    expect(differing.map((page) => page.path)).toEqual([]);
    expect(model.lists.length).toBe(77);
  });
});

describe("RenderedTeasers", () => {
  const news = model.lists.find((page) => page.path === "/en/news/") as ListPage;
  const teaser = news.reports[0] as ReportTeaser;

  it("renders a teaser as a list shows it", () => {
    expect(new RenderedTeasers().of(teaser, "en")).toMatch(new RegExp(`^<h2 class="report-list__title"><a href="${teaser.href}">`));
  });

  it("renders each report's teaser once in a build, knowing it by its address", () => {
    const teasers = new RenderedTeasers();
    const first = teasers.of(teaser, "en");
    expect(teasers.of({ ...teaser, title: "Another title" }, "en")).toBe(first);
    expect(new RenderedTeasers().of({ ...teaser, title: "Another title" }, "en")).toContain(">Another title</a>");
  });
});
