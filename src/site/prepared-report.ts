/**
 * What every page needs of a report, computed once per build: its address, its description and its
 * teaser for lists. The body is rendered when its page is written (the `markdown` filter).
 */
import type { Report } from "../content/report.ts";
import { displayDates } from "./display-dates.ts";
import type { ReportTeaser } from "./site-model.ts";
import { reportPath, type UrlMaker } from "./site-urls.ts";

export interface PreparedReport {
  readonly report: Report;
  readonly path: string;
  readonly description: string;
  readonly teaser: ReportTeaser;
}

/**
 * Prepares a report for the pages that show it.
 * @example prepareReport(report, urls).path // "/fa/news/itu-secretary-general-baku/"
 */
export function prepareReport(report: Report, urls: UrlMaker): PreparedReport {
  const path = reportPath(report.lang, report.slug);
  const description = report.description;
  return {
    report,
    path,
    description,
    teaser: { title: report.title, href: urls.href(path), dates: displayDates(report.date, report.lang), summary: description, draft: report.draft },
  };
}
