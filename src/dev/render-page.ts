/**
 * Rendering one page of the site on demand, as Eleventy renders it in a build: the page's template
 * in `layouts/` without its frontmatter, with the site model as `khabar` and the page's item under
 * the template's pagination alias. The dev server renders only the pages a browser asks for.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import nunjucks from "nunjucks";
import { nunjucksEnvironment } from "../build/write-streamed-pages.ts";
import type { SiteModel } from "../site/site-model.ts";

/** How to render one page: a template in `layouts/` and the values it gets besides `khabar`. */
export interface PageSource {
  /** The template's file name in `layouts/`, e.g. `report.njk`. */
  readonly template: string;
  /** The pagination alias and this page's item, e.g. `{ model: reportPage }`; empty for single pages. */
  readonly data: Readonly<Record<string, unknown>>;
}

/** A template that paginates one item a page over part of the model (its frontmatter's `pagination`). */
interface PaginatedTemplate {
  readonly template: string;
  readonly alias: string;
  readonly items: (site: SiteModel) => readonly { readonly path: string }[];
}

/** Mirrors the frontmatter of `layouts/*.njk`: which model array each paginates over, under which alias. */
const PAGINATED_TEMPLATES: readonly PaginatedTemplate[] = [
  { template: "report.njk", alias: "model", items: (site) => site.reports },
  { template: "list.njk", alias: "model", items: (site) => site.lists },
  { template: "home.njk", alias: "model", items: (site) => site.homes },
  { template: "index-page.njk", alias: "model", items: (site) => site.indexes },
  { template: "search.njk", alias: "model", items: (site) => site.searches },
  { template: "feed.njk", alias: "feed", items: (site) => site.feeds },
];

/** Mirrors the `permalink` of the templates that make one page each. */
const SINGLE_TEMPLATES: Readonly<Record<string, string>> = {
  "/": "index.njk",
  "/404.html": "404.njk",
  "/sitemap.xml": "sitemap.njk",
  "/robots.txt": "robots.njk",
};

/** The address of the page served for unknown addresses. */
export const NOT_FOUND_PATH = "/404.html";

/**
 * Every page of a site model by its address (`/fa/news/x/`, `/fa/feed.xml`, `/404.html`).
 * @example sitePages(model).get("/en/feed.xml") // { template: "feed.njk", data: { feed: model.feeds[1] } }
 */
export function sitePages(site: SiteModel): Map<string, PageSource> {
  const pages = new Map<string, PageSource>();
  for (const { template, alias, items } of PAGINATED_TEMPLATES) {
    for (const item of items(site)) pages.set(item.path, { template, data: { [alias]: item } });
  }
  for (const [path, template] of Object.entries(SINGLE_TEMPLATES)) pages.set(path, { template, data: {} });
  return pages;
}

/** A Nunjucks environment and the page templates compiled in it; make a new one when a layout changes. */
export interface PageTemplates {
  readonly environment: nunjucks.Environment;
  readonly compiled: Map<string, nunjucks.Template>;
}

/**
 * Nothing compiled yet: templates are compiled when first used and kept.
 * @example pageTemplates().compiled.size // 0
 */
export function pageTemplates(): PageTemplates {
  return { environment: nunjucksEnvironment(), compiled: new Map() };
}

/**
 * A page's bytes, exactly as `npm run build` writes them.
 * @example renderPage({ template: "robots.njk", data: {} }, model, templates) // "User-agent: *\nAllow: /\n\nSitemap: https://…/sitemap.xml\n"
 */
export function renderPage(source: PageSource, site: SiteModel, templates: PageTemplates): string {
  let template = templates.compiled.get(source.template);
  if (template === undefined) {
    const path = join("layouts", source.template);
    template = new nunjucks.Template(withoutFrontmatter(readFileSync(path, "utf8")), templates.environment, path, true);
    templates.compiled.set(source.template, template);
  }
  return template.render({ khabar: site, ...source.data });
}

/**
 * A template's text after its frontmatter, cut where Eleventy's frontmatter parser (gray-matter) cuts:
 * after the first later line that starts with `---`, and one line end.
 * @example withoutFrontmatter("---\npermalink: /\n---\n<p>Hi</p>\n") // "<p>Hi</p>\n"
 */
export function withoutFrontmatter(text: string): string {
  if (!text.startsWith("---") || text.charAt(3) === "-") return text;
  const close = text.indexOf("\n---", 3);
  if (close === -1) return "";
  let content = text.slice(close + "\n---".length);
  if (content.startsWith("\r")) content = content.slice(1);
  if (content.startsWith("\n")) content = content.slice(1);
  return content;
}
