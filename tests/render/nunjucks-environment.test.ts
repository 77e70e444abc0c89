/**
 * The one Nunjucks environment: templates from the project whatever the working directory, every
 * value escaped, and each report's teaser rendered once.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { createNunjucksEnvironment } from "../../src/render/nunjucks-environment.ts";
import type { ReportTeaser } from "../../src/site/site-model.ts";

const TEASER: ReportTeaser = {
  title: "Talks <in> Baku",
  href: "/en/news/baku/",
  dates: [{ calendar: "gregorian", datetime: "2025-11-18", text: "Tuesday 18 November 2025" }],
  summary: "The minister & the ITU.",
  draft: false,
};

describe("createNunjucksEnvironment", () => {
  it("finds the project's layouts from another working directory", () => {
    const before = process.cwd();
    try {
      process.chdir(mkdtempSync(`${tmpdir()}/khabar-elsewhere-`));
      expect(createNunjucksEnvironment().render("robots.njk", { model: { sitemapUrl: "https://x.test/sitemap.xml" } })).toBe(
        "User-agent: *\nAllow: /\n\nSitemap: https://x.test/sitemap.xml\n",
      );
    } finally {
      process.chdir(before);
    }
  });

  it("escapes every value a template places, and renders a teaser as list pages show it", () => {
    expect(createNunjucksEnvironment().renderString("{{ report | teaser(lang) }}", { report: TEASER, lang: "en" })).toBe(
      '<h2 class="report-list__title"><a href="/en/news/baku/">Talks &lt;in&gt; Baku</a></h2>\n<p class="dates">\n<time class="date date--gregorian" datetime="2025-11-18">Tuesday 18 November 2025</time>\n</p>\n<p class="report-list__summary">The minister &amp; the ITU.</p>',
    );
  });

  it("renders a report's teaser once, however many lists show it", () => {
    const environment = createNunjucksEnvironment();
    const template = environment.getTemplate("teaser.njk");
    let renders = 0;
    const render = template.render.bind(template);
    template.render = ((context: object) => (renders++, render(context))) as typeof template.render;
    const page = environment.renderString("{{ a | teaser('en') }}|{{ a | teaser('en') }}|{{ b | teaser('en') }}", { a: TEASER, b: { ...TEASER } });
    expect(page.split("|")).toHaveLength(3);
    expect(renders).toBe(2);
  });
});
