/**
 * What every page needs of a report, computed once per build: its address, its description and its
 * teaser for lists. The body is rendered when its page is written (the `markdown` filter).
 */
import type { MediaFile } from "../content/media-folder.ts";
import type { Report } from "../content/report.ts";
import { displayDates } from "./display-dates.ts";
import { pictureOf } from "./photos.ts";
import type { ReportTeaser } from "./site-model.ts";
import { reportPath, type UrlMaker } from "./site-urls.ts";

export interface PreparedReport {
  readonly report: Report;
  readonly path: string;
  readonly description: string;
  readonly teaser: ReportTeaser;
  /** The lead photo's file, when the report has one. */
  readonly lead?: MediaFile | undefined;
}

/**
 * Prepares a report for the pages that show it; `media` holds the checked photos (Content.media).
 * @example prepareReport(report, urls, content.media).path // "/fa/news/itu-secretary-general-baku/"
 */
export function prepareReport(report: Report, urls: UrlMaker, media: ReadonlyMap<string, MediaFile>): PreparedReport {
  const path = reportPath(report.lang, report.slug);
  const description = report.description;
  const lead = report.image === undefined ? undefined : media.get(report.image.src);
  const photo = lead === undefined || report.image === undefined ? undefined : { picture: pictureOf(lead, urls.href), alt: report.image.alt };
  return {
    report,
    path,
    description,
    teaser: { title: report.title, href: urls.href(path), dates: displayDates(report.date, report.lang), summary: description, draft: report.draft, photo },
    lead,
  };
}
