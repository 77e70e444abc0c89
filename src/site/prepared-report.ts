/**
 * What every page needs of a report, computed once per build: its address, its description and its
 * teaser for lists. The body is rendered when its page is written (the `markdown` filter).
 */
import type { Report } from "../content/report.ts";
import { firstParagraphText } from "../markdown/render-markdown.ts";
import { displayDates } from "./display-dates.ts";
import { shortenText } from "./shorten-text.ts";
import type { ReportTeaser } from "./site-model.ts";
import { reportPath, type UrlMaker } from "./site-urls.ts";

/** The longest description a page's `<meta name="description">` and a teaser get. */
const DESCRIPTION_LENGTH = 300;

export interface PreparedReport {
  readonly report: Report;
  readonly path: string;
  readonly description: string;
  readonly teaser: ReportTeaser;
}

/**
 * Descriptions already worked out, by report. Finding a lead paragraph parses Markdown, the
 * costliest step of the model; the dev server keeps an unchanged report's object from one rebuild
 * to the next, so after a save only the edited report is parsed again, and the build's second
 * thread works out the descriptions of the reports it checks.
 */
const descriptions = new WeakMap<Report, string>();

/**
 * A report's description for its page's meta tags and its teasers: its summary, else its lead
 * paragraph as plain text, shortened to 300 characters.
 * @example reportDescription(report) // "وزیر ارتباطات و فناوری اطلاعات در حاشیه…"
 */
export function reportDescription(report: Report): string {
  let description = descriptions.get(report);
  if (description === undefined) {
    description = shortenText(report.summary ?? firstParagraphText(report.body, report.lang), DESCRIPTION_LENGTH);
    descriptions.set(report, description);
  }
  return description;
}

/**
 * Records a description worked out for an equal report elsewhere (on the build's second thread),
 * so {@link reportDescription} does not work it out again.
 * @example rememberReportDescription(copyOfReport, reportDescription(report))
 */
export function rememberReportDescription(report: Report, description: string): void {
  descriptions.set(report, description);
}

/**
 * Prepares a report for the pages that show it.
 * @example prepareReport(report, urls).path // "/fa/news/itu-secretary-general-baku/"
 */
export function prepareReport(report: Report, urls: UrlMaker): PreparedReport {
  const path = reportPath(report.lang, report.slug);
  const description = reportDescription(report);
  return {
    report,
    path,
    description,
    teaser: { title: report.title, href: urls.href(path), dates: displayDates(report.date, report.lang), summary: description, draft: report.draft },
  };
}
