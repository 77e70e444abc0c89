/**
 * The `<head>` and frame of a page: canonical and hreflang links, Open Graph, the language switch,
 * the header's navigation and the feed link.
 */
import type { Content } from "../content/parse-content.ts";
import { LANGS, LOCALES, otherLang, type Lang } from "../i18n/locales.ts";
import { translate, type MessageKey } from "../i18n/strings.ts";
import type { Alternate, BilingualPage, FeedLink, LanguageChoicePage, PageMeta, ShareImage } from "./site-model.ts";
import { archivePath, feedPath, homePath, newsListPath, NOT_FOUND_PATH, searchPath, type UrlMaker } from "./site-urls.ts";

export const STYLESHEET_PATH = "/assets/khabar.css";

/** The header's sections, in order; `section` of a page marks one as current. */
const SECTIONS: readonly { key: Section; label: MessageKey; path: (lang: Lang) => string }[] = [
  { key: "home", label: "home", path: homePath },
  { key: "news", label: "allReports", path: newsListPath },
  { key: "archive", label: "archive", path: (lang) => archivePath(lang) },
  { key: "search", label: "search", path: searchPath },
];

export type Section = "home" | "news" | "archive" | "search" | "entities";

export interface PageMetaInput {
  readonly lang: Lang;
  readonly path: string;
  /** The page's own title (the `<h1>`, Open Graph's title). */
  readonly title: string;
  /** Whether the `<title>` is the site's name alone (the home) or the title, then the site's name. */
  readonly titleIsSiteName?: boolean;
  readonly description: string;
  readonly ogType: PageMeta["ogType"];
  readonly section: Section;
  /** The same page in the other language, when it exists; else the language switch leads to that language's home. */
  readonly translationPath: string | undefined;
  /** The page's own share picture (a report's photo); else the site's default. */
  readonly shareImage?: ShareImage | undefined;
}

/** What every page of a build shares: the content, the URL maker and the default share picture. */
export interface SiteContext {
  readonly content: Content;
  readonly urls: UrlMaker;
  /** `site.yaml`'s picture for pages without a photo of their own, made once a build (photos.ts). */
  readonly defaultShareImages: Readonly<Record<Lang, ShareImage | undefined>>;
}

/**
 * The frame of one page.
 * @example pageMeta(context, { lang: "en", path: "/en/", title: "ICT Ministry News", … }).canonical // "https://news.example.org/en/"
 */
export function pageMeta(context: SiteContext, input: PageMetaInput): PageMeta {
  const { content, urls, defaultShareImages } = context;
  const { lang, path, translationPath } = input;
  const locale = LOCALES[lang];
  const other = otherLang(lang);
  const site = content.site[lang];
  return {
    lang,
    dir: locale.dir,
    documentTitle: input.titleIsSiteName === true ? site.name : `${input.title} | ${site.name}`,
    description: input.description,
    canonical: urls.absolute(path),
    alternates: hreflangAlternates(context, { [lang]: path, [other]: translationPath }),
    ogType: input.ogType,
    ogLocale: locale.ogLocale,
    ogLocaleAlternates: [],
    ogTitle: input.title,
    siteName: site.name,
    homeHref: urls.href(homePath(lang)),
    stylesheetHref: urls.href(STYLESHEET_PATH),
    languageSwitch: {
      href: urls.href(translationPath ?? homePath(other)),
      text: LOCALES[other].nativeName,
      lang: other,
      isTranslation: translationPath !== undefined,
    },
    publisher: site.publisher,
    nav: SECTIONS.map((section) => ({
      href: urls.href(section.path(lang)),
      text: translate(section.label, lang),
      lang,
      current: section.key === input.section,
    })),
    feed: feedLink(lang, context),
    shareImage: input.shareImage ?? defaultShareImages[lang],
  };
}

/** A language's feed, titled with the site's name in that language. */
function feedLink(lang: Lang, { content, urls }: SiteContext): FeedLink {
  return { href: urls.href(feedPath(lang)), title: `${content.site[lang].name} (${translate("feed", lang)})` };
}

/**
 * The hreflang links of a page whose editions are at these paths: one a language, in the site's
 * order, then `x-default`, the default language's edition, when there is one.
 * @example hreflangAlternates(context, { fa: "/fa/", en: "/en/" }).map((alternate) => alternate.hreflang) // ["fa", "en", "x-default"]
 */
function hreflangAlternates({ content, urls }: SiteContext, paths: Partial<Record<Lang, string | undefined>>): Alternate[] {
  const alternates: Alternate[] = [];
  for (const lang of LANGS) {
    const path = paths[lang];
    if (path !== undefined) alternates.push({ hreflang: lang, href: urls.absolute(path) });
  }
  const defaultPath = paths[content.site.defaultLanguage];
  if (defaultPath !== undefined) alternates.push({ hreflang: "x-default", href: urls.absolute(defaultPath) });
  return alternates;
}

/**
 * The language choice at `/`: both editions, the default language's first, and the head of a page
 * of its own: its canonical address, hreflang links to the two homes (as theirs, `x-default` the
 * default language's), and Open Graph in the default language with the other as
 * `og:locale:alternate`, shared with the site's default picture; and both languages' feeds.
 * @example languageChoicePage(context).head.alternates.map((alternate) => alternate.href) // ["https://news.example.org/fa/", "https://news.example.org/en/", "https://news.example.org/fa/"]
 */
export function languageChoicePage(context: SiteContext): LanguageChoicePage {
  const { content, urls, defaultShareImages } = context;
  const first = content.site.defaultLanguage;
  const page = bilingualPage("/", context);
  return {
    ...page,
    head: {
      description: content.site[first].description,
      canonical: urls.absolute(page.path),
      alternates: hreflangAlternates(context, Object.fromEntries(LANGS.map((lang) => [lang, homePath(lang)]))),
      ogType: "website",
      ogLocale: LOCALES[first].ogLocale,
      ogLocaleAlternates: [LOCALES[otherLang(first)].ogLocale],
      ogTitle: page.documentTitle,
      siteName: content.site[first].name,
      shareImage: defaultShareImages[first],
    },
    feeds: page.editions.map((edition) => feedLink(edition.lang, context)),
  };
}

/**
 * The page served for unknown addresses, at `/404.html`: both editions, titled "page not found" in
 * both languages, and no canonical, hreflang or Open Graph, which would make every mistyped address
 * claim to be another page; `noindex`.
 * @example notFoundPage(context).documentTitle // "صفحه پیدا نشد | Page not found"
 */
export function notFoundPage(context: SiteContext): BilingualPage {
  const page = bilingualPage(NOT_FOUND_PATH, context);
  const documentTitle = page.editions.map((edition) => translate("notFoundTitle", edition.lang)).join(" | ");
  return { ...page, documentTitle, robots: "noindex" };
}

/** What the two bilingual pages share: both editions, the default language's first, and their names as the title. */
function bilingualPage(path: string, { content, urls }: SiteContext): BilingualPage {
  const editionOrder: Lang[] = [content.site.defaultLanguage, otherLang(content.site.defaultLanguage)];
  return {
    path,
    documentTitle: editionOrder.map((lang) => content.site[lang].name).join(" | "),
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
