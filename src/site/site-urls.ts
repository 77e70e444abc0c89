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
