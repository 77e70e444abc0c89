/**
 * The filters the layouts use, each a plain function of its arguments, registered by one loop in
 * the one Nunjucks environment (nunjucks-environment.ts).
 */
import { bodyText, type ReportBody } from "../content/report.ts";
import { isLang, type Lang } from "../i18n/locales.ts";
import { isMessageKey, translate } from "../i18n/strings.ts";
import { pictureHtml, type PictureSources } from "../images/picture-html.ts";
import { READING_COLUMN_SIZES, renderMarkdown } from "../markdown/render-markdown.ts";
import type { Photo } from "../site/site-model.ts";

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
 * A report body rendered from Markdown for a page in that language, its photos from `pictures`
 * (ReportPage.bodyPictures).
 * @example markdown('"سلام"', "fa") // "<p>«سلام»</p>\n"
 */
export function markdown(text: ReportBody, lang: string, pictures?: Readonly<Record<string, PictureSources>>): string {
  return renderMarkdown(bodyText(text, "a report page"), checkedLang(lang), { pictures });
}

/** How wide each place shows a photo (khabar.css): the reading column, or a list's thumbnail. */
const PICTURE_SIZES = { column: READING_COLUMN_SIZES, thumbnail: "8rem" } as const;

/**
 * A photo as `<picture>`, shown in the reading column or as a thumbnail: the lead photo `eager`, the rest `lazy`.
 * @example picture(model.photo, "column", "eager") // '<picture><source type="image/webp" …><img … fetchpriority="high"></picture>'
 */
export function picture(photo: Photo, place: string, loading: string): string {
  if (place !== "column" && place !== "thumbnail") throw new Error(`picture: the place is "column" or "thumbnail", not "${place}"`);
  if (loading !== "eager" && loading !== "lazy") throw new Error(`picture: loading is "eager" or "lazy", not "${loading}"`);
  return pictureHtml(photo.picture, { alt: photo.alt, sizes: PICTURE_SIZES[place], loading });
}

export const FILTERS = { t, markdown, picture } as const;
