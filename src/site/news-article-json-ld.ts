/**
 * The schema.org `NewsArticle` of a report page, for search engines (contract §4).
 */
import { rfc3339 } from "../dates/format-date.ts";
import type { Report } from "../content/report.ts";
import { scriptSafeJson } from "./script-safe-json.ts";

export interface NewsArticleInput {
  readonly report: Report;
  readonly url: string;
  readonly description: string;
  readonly publisher: string;
  readonly publisherUrl: string;
  /** Absolute addresses of the lead photo's versions: the widest, then the share card. */
  readonly images?: readonly string[] | undefined;
}

/**
 * JSON-LD text, safe inside `<script type="application/ld+json">`.
 * @example newsArticleJsonLd({ report, url: "https://a.org/en/news/x/", … }) // '{"@context":"https://schema.org","@type":"NewsArticle",…}'
 */
export function newsArticleJsonLd({ report, url, description, publisher, publisherUrl, images }: NewsArticleInput): string {
  const organization = { "@type": "Organization", name: publisher, url: publisherUrl };
  return scriptSafeJson({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: report.title,
    description,
    datePublished: rfc3339(report.date),
    inLanguage: report.lang,
    url,
    mainEntityOfPage: url,
    publisher: organization,
    author: organization,
    ...(images === undefined || images.length === 0 ? {} : { image: images }),
    ...(report.source?.url === undefined ? {} : { isBasedOn: report.source.url }),
  });
}
