/**
 * A report's description, worked out once when the report is checked: its page's meta tags, its
 * teasers, its feed entry and its search result all show it.
 */
import type { Lang } from "../i18n/locales.ts";
import { firstParagraphText, typographicQuotes } from "../markdown/render-markdown.ts";
import { shortenText } from "./shorten-text.ts";

/** The longest description a page's `<meta name="description">` and a teaser get. */
export const DESCRIPTION_LENGTH = 300;

/**
 * The summary, else the lead paragraph as plain text, shortened to 300 characters; either way with
 * the quotes the body gets (“ ” and ’ in English, « » in Persian).
 * @example reportDescription({ summary: undefined, body: "**Baku** — the minister met…", lang: "en" }) // "Baku — the minister met…"
 * @example reportDescription({ summary: "Pakistan's minister", body: "…", lang: "en" }) // "Pakistan’s minister"
 */
export function reportDescription(report: { readonly summary?: string | undefined; readonly body: string; readonly lang: Lang }): string {
  const text = report.summary === undefined ? firstParagraphText(report.body, report.lang) : typographicQuotes(report.summary, report.lang);
  return shortenText(text, DESCRIPTION_LENGTH);
}
