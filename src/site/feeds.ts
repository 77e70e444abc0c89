/**
 * Atom 1.0 feeds of each language's newest reports. Written from the page models rather than with
 * the feed plugin, which dates entries by Eleventy's `page.date` (the template's, not the report's)
 * and writes UTC instead of Tehran's offset.
 */
import { bodyText, type Report } from "../content/report.ts";
import { rfc3339 } from "../dates/format-date.ts";
import { LANGS, type Lang } from "../i18n/locales.ts";
import { MEDIA_TYPE } from "../images/renditions.ts";
import { renderMarkdown } from "../markdown/render-markdown.ts";
import type { SiteContext } from "./page-meta.ts";
import { reportsByLanguage } from "./collections.ts";
import type { PreparedReport } from "./prepared-report.ts";
import { bodyPictures, widestJpegPath } from "./photos.ts";
import type { Feed } from "./site-model.ts";
import { feedPath, homePath } from "./site-urls.ts";

export const FEED_SIZE = 50;

/** A feed needs an `updated` even when empty: the epoch keeps it deterministic. */
const EMPTY_FEED_UPDATED = "1970-01-01T00:00:00Z";

/**
 * The reports the feeds show, bodies and all: each language's newest 50.
 * @example reportsInFeeds(content.reports).length // 100, with enough reports in each language
 */
export function reportsInFeeds(reports: readonly Report[]): Report[] {
  const byLang = reportsByLanguage(reports.map((report) => ({ report })));
  return LANGS.flatMap((lang) => byLang[lang].slice(0, FEED_SIZE).map((item) => item.report));
}

/**
 * The feed of a language: the newest 50 reports, `updated` from the newest of them.
 * @example atomFeed("fa", faReports, context).updated // "2025-11-24T00:00:00+03:30"
 */
export function atomFeed(lang: Lang, reports: readonly PreparedReport[], { content, urls }: SiteContext): Feed {
  const newest = reports.slice(0, FEED_SIZE);
  const site = content.site[lang];
  return {
    path: feedPath(lang),
    lang,
    title: site.name,
    subtitle: site.description,
    selfUrl: urls.absolute(feedPath(lang)),
    homeUrl: urls.absolute(homePath(lang)),
    author: site.publisher,
    updated: newest[0] === undefined ? EMPTY_FEED_UPDATED : rfc3339(newest[0].report.date),
    entries: newest.map((item) => ({
      title: item.report.title,
      url: urls.absolute(item.path),
      published: rfc3339(item.report.date),
      summary: item.description,
      contentHtml: renderMarkdown(bodyText(item.report.body, item.report.file), lang, { pictures: bodyPictures(item.report, content.media, urls.absolute) }),
      image: item.lead === undefined ? undefined : { url: urls.absolute(widestJpegPath(item.lead)), type: MEDIA_TYPE.jpeg },
    })),
  };
}
