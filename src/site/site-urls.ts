/**
 * Where each page lives (contract §3) and how it is addressed: `path` is the page's place in the
 * output, `href` adds the deployment's path prefix, `absolute` adds the site's address too.
 */
import type { Lang } from "../i18n/locales.ts";

/**
 * The path of a language's home.
 * @example homePath("fa") // "/fa/"
 */
export function homePath(lang: Lang): string {
  return `/${lang}/`;
}

/**
 * The path of a report page.
 * @example reportPath("en", "itu-sg-baku") // "/en/news/itu-sg-baku/"
 */
export function reportPath(lang: Lang, slug: string): string {
  return `/${lang}/news/${slug}/`;
}

/** The kinds of registry entity that get pages of their own, as they appear in URLs. */
export type EntityKind = "people" | "organizations" | "venues" | "topics";

/**
 * `…/page/N/` for pages after the first of a paginated list.
 * @example pagedPath("/fa/news/", 2) // "/fa/news/page/2/"
 */
export function pagedPath(firstPagePath: string, page: number): string {
  return page <= 1 ? firstPagePath : `${firstPagePath}page/${page}/`;
}

/**
 * The list of all reports of a language.
 * @example newsListPath("en") // "/en/news/"
 */
export function newsListPath(lang: Lang): string {
  return `/${lang}/news/`;
}

/**
 * The archive index, a year, or a month (two digits) of a language's calendar.
 * @example archivePath("fa", 1404, 8) // "/fa/archive/1404/08/"
 */
export function archivePath(lang: Lang, year?: number, month?: number): string {
  if (year === undefined) return `/${lang}/archive/`;
  if (month === undefined) return `/${lang}/archive/${year}/`;
  return `/${lang}/archive/${year}/${String(month).padStart(2, "0")}/`;
}

/**
 * The index of an entity kind, or one entity's page.
 * @example entityPath("fa", "organizations", "itu") // "/fa/organizations/itu/"
 */
export function entityPath(lang: Lang, kind: EntityKind, key?: string): string {
  return key === undefined ? `/${lang}/${kind}/` : `/${lang}/${kind}/${key}/`;
}

/**
 * The search page.
 * @example searchPath("fa") // "/fa/search/"
 */
export function searchPath(lang: Lang): string {
  return `/${lang}/search/`;
}

/**
 * The Atom feed.
 * @example feedPath("en") // "/en/feed.xml"
 */
export function feedPath(lang: Lang): string {
  return `/${lang}/feed.xml`;
}

/**
 * Where a language's search index lives (src/search/search-index.ts).
 * @example searchIndexPath("fa") // "/search-index/fa/"
 */
export function searchIndexPath(lang: Lang): string {
  return `/search-index/${lang}/`;
}

/** The sitemap, at the site's root. */
export const SITEMAP_PATH = "/sitemap.xml";

/** robots.txt, at the site's root. */
export const ROBOTS_PATH = "/robots.txt";

/** The page served for unknown addresses. */
export const NOT_FOUND_PATH = "/404.html";

export interface SiteAddress {
  /** The site's origin and any path it is served under, e.g. `https://news.example.org`. */
  readonly baseUrl: string;
  /** The sub-folder the site is deployed in, `/` when at the root; e.g. `/khabar/`. */
  readonly pathPrefix: string;
}

export interface UrlMaker {
  /** A root-relative link that works under the path prefix. */
  href(path: string): string;
  /** The full address, for canonical links, feeds, sitemaps and JSON-LD. */
  absolute(path: string): string;
}

/**
 * Link makers for a deployment.
 * @example urlMaker({ baseUrl: "https://a.org", pathPrefix: "/news/" }).absolute("/fa/") // "https://a.org/news/fa/"
 */
export function urlMaker({ baseUrl, pathPrefix }: SiteAddress): UrlMaker {
  const prefix = normalisePathPrefix(pathPrefix).slice(0, -1);
  const origin = baseUrl.replace(/\/+$/, "");
  return {
    href: (path) => `${prefix}${path}`,
    absolute: (path) => `${origin}${prefix}${path}`,
  };
}

/**
 * A path prefix with one leading and one trailing slash.
 * @example normalisePathPrefix("khabar") // "/khabar/"
 */
export function normalisePathPrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}
