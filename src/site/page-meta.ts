/**
 * The `<head>` and frame of a page: canonical and hreflang links, Open Graph, the language switch,
 * the header's navigation and the feed link.
 */
import type { Content } from "../content/parse-content.ts";
import { LANGS, LOCALES, otherLang, type Lang } from "../i18n/locales.ts";
import { translate, type MessageKey } from "../i18n/strings.ts";
import type { Alternate, BilingualPage, PageMeta, ShareImage } from "./site-model.ts";
import { archivePath, feedPath, homePath, newsListPath, searchPath, type UrlMaker } from "./site-urls.ts";

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
export function pageMeta({ content, urls, defaultShareImages }: SiteContext, input: PageMetaInput): PageMeta {
  const { lang, path, translationPath } = input;
  const locale = LOCALES[lang];
  const other = otherLang(lang);
  const site = content.site[lang];
  const alternates: Alternate[] = [{ hreflang: lang, href: urls.absolute(path) }];
  if (translationPath !== undefined) alternates.push({ hreflang: other, href: urls.absolute(translationPath) });
  alternates.sort((a, b) => LANGS.indexOf(a.hreflang as Lang) - LANGS.indexOf(b.hreflang as Lang));
  const defaultAlternate = alternates.find((alternate) => alternate.hreflang === content.site.defaultLanguage);
  if (defaultAlternate !== undefined) alternates.push({ hreflang: "x-default", href: defaultAlternate.href });
  return {
    lang,
    dir: locale.dir,
    documentTitle: input.titleIsSiteName === true ? site.name : `${input.title} | ${site.name}`,
    description: input.description,
    canonical: urls.absolute(path),
    alternates,
    ogType: input.ogType,
    ogLocale: locale.ogLocale,
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
    feed: { href: urls.href(feedPath(lang)), title: `${site.name} (${translate("feed", lang)})` },
    shareImage: input.shareImage ?? defaultShareImages[lang],
  };
}

/**
 * A page addressed to readers of both languages: `/` and `/404.html`.
 * @example bilingualPage("/", context).editions.map((e) => e.homeHref) // ["/fa/", "/en/"]
 */
export function bilingualPage(path: string, { content, urls }: SiteContext): BilingualPage {
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
