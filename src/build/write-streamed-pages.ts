/**
 * Writing the bulk of a build's pages, the reports and the paginated lists, from the same Nunjucks
 * page bodies (`layouts/partials/report-page.njk`, `list-page.njk`) that Eleventy renders in the dev
 * server, one page at a time. Eleventy renders every page of a template into memory before writing
 * any, so an archive of thousands of reports would hold all of them at once; streaming keeps memory
 * flat and lets the search index start on the reports while Eleventy writes the remaining pages.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import nunjucks from "nunjucks";
import { FILTERS } from "../eleventy/filters.ts";
import type { Lang } from "../i18n/locales.ts";
import type { ListPage, ReportPage, ReportTeaser } from "../site/site-model.ts";
import { flatString } from "./flat-string.ts";
import { useFasterNunjucksFrameSet } from "./nunjucks-frame-set.ts";
import { BODY_KEPT_ON_SECOND_THREAD } from "./second-thread-protocol.ts";

/**
 * Eleventy's Nunjucks set-up: the includes folder, then the input folder; escaping on.
 * @example nunjucksEnvironment().getTemplate("report-page.njk").render({ model: page }) // "<!doctype html>…"
 */
export function nunjucksEnvironment(): nunjucks.Environment {
  useFasterNunjucksFrameSet();
  const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader(["layouts/partials", "layouts"]), {
    autoescape: true,
    throwOnUndefined: false,
  });
  for (const [name, filter] of Object.entries(FILTERS)) environment.addFilter(name, filter as (...args: unknown[]) => unknown);
  return environment;
}

/**
 * Each page body compiled once per thread: a build writes its pages in batches of a hundred, and
 * compiling the templates again for each batch would cost more than rendering some of them.
 */
const compiledPages = new Map<string, nunjucks.Template>();

function compiledPage(name: "report-page.njk" | "list-page.njk" | "teaser-alone.njk"): nunjucks.Template {
  let template = compiledPages.get(name);
  if (template === undefined) {
    template = nunjucksEnvironment().getTemplate(name, true);
    compiledPages.set(name, template);
  }
  return template;
}

/**
 * Writes with the synchronous calls: a small file costs one system call each way, where the
 * promise-based ones make three trips through libuv's thread pool.
 */
function writePages(template: nunjucks.Template, pages: Iterable<{ readonly path: string }>, siteDir: string): void {
  for (const page of pages) {
    const target = join(siteDir, page.path, "index.html");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, template.render({ model: page }));
  }
}

/**
 * Renders and writes the report pages below `siteDir`, each as `<path>index.html`.
 * @example writeReportPages(model.reports, "/repo/.dist.building-4242")
 */
export function writeReportPages(pages: Iterable<ReportPage>, siteDir: string): void {
  writePages(compiledPage("report-page.njk"), withBodies(pages), siteDir);
}

/** The pages, each checked to have its body: one kept on the build's second thread must be written there. */
function* withBodies(pages: Iterable<ReportPage>): Generator<ReportPage> {
  for (const page of pages) {
    if (page.bodyMarkdown === BODY_KEPT_ON_SECOND_THREAD) throw new Error(`${page.path}: the report's body is on the build's second thread, which writes its page`);
    yield page;
  }
}

/**
 * Renders and writes the list pages (all reports, archive months, entities) below `siteDir`, each
 * teaser rendered once by `teasers`.
 * @example const teasers = new RenderedTeasers(); writeListPages(model.lists, "/repo/.dist.building-4242", teasers)
 */
export function writeListPages(pages: readonly ListPage[], siteDir: string, teasers: RenderedTeasers): void {
  writePages(compiledPage("list-page.njk"), pages.map((page) => ({ ...page, reports: page.reports.map((teaser) => ({ renderedTeaser: teasers.of(teaser, page.meta.lang) })) })), siteDir);
}

/**
 * The teasers of one build's reports, each rendered once. A report stands in several lists (all
 * reports, its month, its people, organisation, venue and topics), and rendering its teaser again
 * for each was most of the cost of writing the lists. Kept for one build only, since a teaser is
 * known by its report's address, and its title or summary may change by the next.
 */
export class RenderedTeasers {
  private readonly html = new Map<string, string>();

  /**
   * The teaser's HTML in a list of the given language, as the `reportTeaser` macro (teaser.njk) renders it.
   * @example teasers.of(model.lists[0].reports[0], "fa") // '<h2 class="report-list__title"><a href="/fa/news/…">…'
   */
  of(teaser: ReportTeaser, lang: Lang): string {
    const key = `${lang} ${teaser.href}`;
    let html = this.html.get(key);
    if (html === undefined) {
      // Flattened once here, not again in each list page that shows it (see flat-string.ts).
      html = flatString(compiledPage("teaser-alone.njk").render({ report: teaser, lang }));
      this.html.set(key, html);
    }
    return html;
  }
}
