/**
 * A report's own page (contract §4).
 */
import type { Report } from "../content/report.ts";
import { bodyPictures, shareImageOf, widestJpegPath } from "./photos.ts";
import { newsArticleJsonLd } from "./news-article-json-ld.ts";
import { pageMeta, type SiteContext } from "./page-meta.ts";
import type { PreparedReport } from "./prepared-report.ts";
import { reportFacts } from "./report-facts.ts";
import type { ReportPage } from "./site-model.ts";
import { entityPath, homePath } from "./site-urls.ts";

/**
 * The page of a report, linked to its translation when there is one.
 * @example reportPage(prepared, translation, context).meta.languageSwitch.href // "/en/news/itu-secretary-general-baku/"
 */
export function reportPage(item: PreparedReport, translation: PreparedReport | undefined, context: SiteContext): ReportPage {
  const { report, path, description, lead } = item;
  const { content, urls } = context;
  const site = content.site[report.lang];
  const meta = pageMeta(context, {
    lang: report.lang,
    path,
    title: report.title,
    description,
    ogType: "article",
    section: "news",
    translationPath: translation?.path,
    shareImage: lead === undefined || report.image === undefined ? undefined : shareImageOf(lead, report.image.alt, urls.absolute),
  });
  return {
    path,
    meta,
    title: report.title,
    dates: item.teaser.dates,
    facts: reportFacts(report, content.registries, report.lang, (kind, key) => urls.href(entityPath(report.lang, kind, key))),
    bodyMarkdown: item.report.body,
    photo: item.teaser.photo === undefined ? undefined : { ...item.teaser.photo, caption: report.image?.caption, credit: report.image?.credit },
    bodyPictures: bodyPictures(report, content.media, urls.href),
    source: sourceOf(report),
    jsonLd: newsArticleJsonLd({
      report,
      url: urls.absolute(path),
      description,
      publisher: site.publisher,
      publisherUrl: urls.absolute(homePath(report.lang)),
      // Search engines want a picture for every article: the lead photo's widest version and its
      // share card, else the site's default picture.
      images: [...(lead === undefined ? [] : [urls.absolute(widestJpegPath(lead))]), ...(meta.shareImage === undefined ? [] : [meta.shareImage.url])],
    }),
    draft: report.draft,
  };
}

function sourceOf(report: Report): ReportPage["source"] {
  return report.source === undefined ? undefined : { name: report.source.name, href: report.source.url };
}
