/**
 * From validated content to every page's model, in one pass over the reports:
 * sorting, pairing translations and rendering Markdown each happen once per build.
 */
import type { Content } from "../content/parse-content.ts";
import type { Report } from "../content/report.ts";
import { LANGS, LOCALES, otherLang, type Lang } from "../i18n/locales.ts";
import { translate } from "../i18n/strings.ts";
import { firstParagraphText, renderMarkdown } from "../markdown/render-markdown.ts";
import { displayDates } from "./display-dates.ts";
import { newsArticleJsonLd } from "./news-article-json-ld.ts";
import { reportFacts } from "./report-facts.ts";
import { shortenText } from "./shorten-text.ts";
import { homePath, reportPath, urlMaker, type SiteAddress, type UrlMaker } from "./site-urls.ts";
import type { Alternate, BilingualPage, HomePage, PageMeta, ReportPage, ReportTeaser, SiteModel } from "./site-model.ts";

/** How many reports a language's home lists. */
export const HOME_REPORT_COUNT = 10;
/** The longest description a page's `<meta name="description">` gets. */
const DESCRIPTION_LENGTH = 300;
const STYLESHEET_PATH = "/assets/khabar.css";

export interface BuildSiteOptions {
  /** The site's address; `site.yaml`'s `url` unless the build overrides it. */
  readonly baseUrl: string;
  readonly pathPrefix: string;
}

/**
 * Every page of the site.
 * @example buildSite(content, { baseUrl: "https://news.example.org", pathPrefix: "/" }).reports[0].path // "/fa/news/itu-sg-baku/"
 */
export function buildSite(content: Content, options: SiteAddress & BuildSiteOptions): SiteModel {
  const urls = urlMaker(options);
  const byLang = reportsByLanguage(content.reports);
  const translations = translationIndex(content.reports);
  const translationOf = (report: Report) => translations.get(pairKey(otherLang(report.lang), report.translationKey));

  const descriptions = new Map(content.reports.map((report) => [report, describe(report)]));
  const descriptionOf = (report: Report) => descriptions.get(report) ?? "";

  const reports: ReportPage[] = LANGS.flatMap((lang) =>
    byLang[lang].map((report) => reportPage(report, { content, urls, translation: translationOf(report), description: descriptionOf(report) })),
  );
  const homes: HomePage[] = LANGS.map((lang) => {
    const path = homePath(lang);
    const site = content.site[lang];
    const other = otherLang(lang);
    const meta = pageMeta({
      content,
      urls,
      lang,
      path,
      title: site.name,
      documentTitle: site.name,
      description: site.description,
      ogType: "website",
      translationPath: homePath(other),
      isTranslation: true,
    });
    const teasers = byLang[lang].slice(0, HOME_REPORT_COUNT).map((report) => teaser(report, urls, descriptionOf(report)));
    return { path, meta, heading: translate("latestReports", lang), reports: teasers };
  });
  return { reports, homes, root: bilingualPage("/", content, urls), notFound: bilingualPage("/404.html", content, urls) };
}

/**
 * Reports per language, newest first; reports of the same instant by slug.
 * @example reportsByLanguage(reports).fa.map((r) => r.slug) // ["wtdc-25-opens-baku", …]
 */
export function reportsByLanguage(reports: readonly Report[]): Record<Lang, Report[]> {
  const sorted = [...reports].sort(newestFirst);
  return { fa: sorted.filter((report) => report.lang === "fa"), en: sorted.filter((report) => report.lang === "en") };
}

/** Newest first; ties by slug, so the order never depends on the file system. */
export function newestFirst(a: Report, b: Report): number {
  const byTime = b.date.instant.toMillis() - a.date.instant.toMillis();
  if (byTime !== 0) return byTime;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

function translationIndex(reports: readonly Report[]): Map<string, Report> {
  return new Map(reports.map((report) => [pairKey(report.lang, report.translationKey), report]));
}

function pairKey(lang: Lang, translationKey: string): string {
  return `${lang}\u0000${translationKey}`;
}

function describe(report: Report): string {
  return shortenText(report.summary ?? firstParagraphText(report.body, report.lang), DESCRIPTION_LENGTH);
}

interface ReportContext {
  readonly content: Content;
  readonly urls: UrlMaker;
  readonly translation: Report | undefined;
  readonly description: string;
}

function reportPage(report: Report, { content, urls, translation, description }: ReportContext): ReportPage {
  const path = reportPath(report.lang, report.slug);
  const site = content.site[report.lang];
  const meta = pageMeta({
    content,
    urls,
    lang: report.lang,
    path,
    title: report.title,
    documentTitle: `${report.title} | ${site.name}`,
    description,
    ogType: "article",
    translationPath: translation === undefined ? homePath(otherLang(report.lang)) : reportPath(translation.lang, translation.slug),
    isTranslation: translation !== undefined,
  });
  return {
    path,
    meta,
    title: report.title,
    dates: displayDates(report.date, report.lang),
    facts: reportFacts(report, content.registries, report.lang),
    bodyHtml: renderMarkdown(report.body, report.lang),
    source: report.source === undefined ? undefined : { name: report.source.name, href: report.source.url },
    jsonLd: newsArticleJsonLd({
      report,
      url: urls.absolute(path),
      description,
      publisher: site.publisher,
      publisherUrl: urls.absolute(homePath(report.lang)),
    }),
    draft: report.draft,
  };
}

function teaser(report: Report, urls: UrlMaker, summary: string): ReportTeaser {
  return {
    title: report.title,
    href: urls.href(reportPath(report.lang, report.slug)),
    dates: displayDates(report.date, report.lang),
    summary,
    draft: report.draft,
  };
}

interface PageMetaInput {
  readonly content: Content;
  readonly urls: UrlMaker;
  readonly lang: Lang;
  readonly path: string;
  readonly title: string;
  readonly documentTitle: string;
  readonly description: string;
  readonly ogType: PageMeta["ogType"];
  /** The page in the other language: its translation, or that language's home. */
  readonly translationPath: string;
  readonly isTranslation: boolean;
}

function pageMeta(input: PageMetaInput): PageMeta {
  const { content, urls, lang, path, translationPath, isTranslation } = input;
  const locale = LOCALES[lang];
  const other = otherLang(lang);
  const alternates: Alternate[] = [{ hreflang: lang, href: urls.absolute(path) }];
  if (isTranslation) alternates.push({ hreflang: other, href: urls.absolute(translationPath) });
  alternates.sort((a, b) => LANGS.indexOf(a.hreflang as Lang) - LANGS.indexOf(b.hreflang as Lang));
  const defaultAlternate = alternates.find((alternate) => alternate.hreflang === content.site.defaultLanguage);
  if (defaultAlternate !== undefined) alternates.push({ hreflang: "x-default", href: defaultAlternate.href });
  return {
    lang,
    dir: locale.dir,
    documentTitle: input.documentTitle,
    description: input.description,
    canonical: urls.absolute(path),
    alternates,
    ogType: input.ogType,
    ogLocale: locale.ogLocale,
    ogTitle: input.title,
    siteName: content.site[lang].name,
    homeHref: urls.href(homePath(lang)),
    stylesheetHref: urls.href(STYLESHEET_PATH),
    languageSwitch: {
      href: urls.href(translationPath),
      text: LOCALES[other].nativeName,
      lang: other,
      isTranslation,
    },
    publisher: content.site[lang].publisher,
  };
}

function bilingualPage(path: string, content: Content, urls: UrlMaker): BilingualPage {
  const editionOrder: Lang[] = [content.site.defaultLanguage, otherLang(content.site.defaultLanguage)];
  return {
    path,
    canonical: urls.absolute(path === "/404.html" ? "/" : path),
    stylesheetHref: urls.href(STYLESHEET_PATH),
    editions: editionOrder.map((lang) => ({
      lang,
      dir: LOCALES[lang].dir,
      siteName: content.site[lang].name,
      description: content.site[lang].description,
      homeHref: urls.href(homePath(lang)),
    })),
  };
}
