/**
 * The filters the layouts use, each a plain function of its arguments, registered by one loop in
 * the one Nunjucks environment (nunjucks-environment.ts).
 */
import { bodyText, type ReportBody } from "../content/report.ts";
import { isLang, type Lang } from "../i18n/locales.ts";
import { isMessageKey, translate } from "../i18n/strings.ts";
import { renderMarkdown } from "../markdown/render-markdown.ts";

/**
 * A UI string in a page's language; an unknown key or language fails the build.
 * @example t("home", "fa") // "صفحهٔ اصلی"
 */
export function t(key: string, lang: string): string {
  if (!isMessageKey(key)) throw new Error(`no UI string "${key}" in src/i18n/strings.ts`);
  return translate(key, checkedLang(lang));
}

function checkedLang(lang: string): Lang {
  if (!isLang(lang)) throw new Error(`"${lang}" is not a site language`);
  return lang;
}

/**
 * A report body rendered from Markdown for a page in that language.
 * @example markdown('"سلام"', "fa") // "<p>«سلام»</p>\n"
 */
export function markdown(text: ReportBody, lang: string): string {
  return renderMarkdown(bodyText(text, "a report page"), checkedLang(lang));
}

export const FILTERS = { t, markdown } as const;
