/**
 * Writing the report pages of a build: the same Nunjucks page (`layouts/partials/report-page.njk`)
 * that Eleventy renders in the dev server, rendered here one page at a time and written at once.
 * Eleventy renders every page of a template into memory before writing any, so an archive of
 * thousands of reports would hold all of them at once; this keeps memory flat, and lets the search
 * index start on the reports while Eleventy writes the other pages.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import nunjucks from "nunjucks";
import { FILTERS } from "../eleventy/filters.ts";
import type { ReportPage } from "../site/site-model.ts";

/** The same loader folders and options as Eleventy's Nunjucks (includes, then input). */
function reportTemplate(): nunjucks.Template {
  const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader(["layouts/partials", "layouts"]), {
    autoescape: true,
    throwOnUndefined: false,
  });
  for (const [name, filter] of Object.entries(FILTERS)) environment.addFilter(name, filter as (...args: unknown[]) => unknown);
  return environment.getTemplate("report-page.njk", true);
}

/**
 * Renders and writes every report page below `siteDir`, as `<path>index.html`.
 * @example await writeReportPages(model.reports, "/repo/.dist.building-4242") // 15
 */
export async function writeReportPages(pages: readonly ReportPage[], siteDir: string): Promise<number> {
  const template = reportTemplate();
  for (const page of pages) {
    const target = join(siteDir, page.path, "index.html");
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, template.render({ model: page }));
  }
  return pages.length;
}
