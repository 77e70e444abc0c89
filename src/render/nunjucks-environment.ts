/**
 * The one Nunjucks environment every page is rendered with, whichever driver writes it: the build's
 * writer, Eleventy (`setLibrary("njk", …)`) or the dev server. Filters, escaping and template paths
 * are set here and nowhere else.
 */
import nunjucks from "nunjucks";
import type { Lang } from "../i18n/locales.ts";
import { projectFile } from "../project-files.ts";
import type { ReportTeaser } from "../site/site-model.ts";
import { FILTERS } from "./filters.ts";

/** Where templates are looked up, in order: the shared pieces, then the page templates. */
export const TEMPLATE_FOLDERS = ["layouts/partials", "layouts"] as const;

/**
 * A new environment: templates from the project's `layouts/` (never the working directory), every
 * value escaped unless a layout says `| safe`, and khabar's filters.
 * @example createNunjucksEnvironment().render("report.njk", { model: reportPage }) // "<!doctype html>…"
 */
export function createNunjucksEnvironment(): nunjucks.Environment {
  const loader = new nunjucks.FileSystemLoader(TEMPLATE_FOLDERS.map((folder) => projectFile(folder)));
  const environment = new nunjucks.Environment(loader, { autoescape: true, throwOnUndefined: false });
  for (const [name, filter] of Object.entries(FILTERS)) environment.addFilter(name, filter as (...args: unknown[]) => unknown);
  environment.addFilter("teaser", teaserFilter(environment));
  return environment;
}

/**
 * The `teaser` filter: a report as lists show it (teaser.njk), rendered once per report and
 * environment. A report stands in half a dozen lists (all reports, its month, its people,
 * organisation, venue, topics), and rendering it again for each was most of the cost of the lists.
 * Known by the teaser object itself, so a new site model (the dev server's next save) never meets
 * an old rendering.
 */
function teaserFilter(environment: nunjucks.Environment): (teaser: ReportTeaser, lang: Lang) => unknown {
  const rendered = new WeakMap<ReportTeaser, { readonly lang: Lang; readonly html: unknown }>();
  return (teaser, lang) => {
    const known = rendered.get(teaser);
    if (known !== undefined && known.lang === lang) return known.html;
    const html = new nunjucks.runtime.SafeString(environment.render("teaser.njk", { report: teaser, lang }));
    rendered.set(teaser, { lang, html });
    return html;
  };
}
