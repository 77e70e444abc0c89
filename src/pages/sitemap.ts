/**
 * The sitemap's entries: a page by its absolute address, with hreflang alternates for translated pairs.
 */
import type { BilingualPage, PageMeta, SitemapEntry } from "../site/site-model.ts";

/**
 * A page's entry; alternates are listed only where the page has a translation.
 * @example sitemapEntry(reportMeta) // { loc: "https://…/fa/news/x/", alternates: [{ hreflang: "fa", … }, { hreflang: "en", … }, { hreflang: "x-default", … }] }
 */
export function sitemapEntry(meta: PageMeta): SitemapEntry {
  const translated = meta.alternates.some((alternate) => alternate.hreflang !== meta.lang && alternate.hreflang !== "x-default");
  return { loc: meta.canonical, alternates: translated ? meta.alternates : [] };
}

/**
 * The entry of a page in both languages (the language choice at `/`): its address alone.
 * @example bilingualSitemapEntry(model.root) // { loc: "https://news.example.org/", alternates: [] }
 */
export function bilingualSitemapEntry(page: BilingualPage): SitemapEntry {
  return { loc: page.canonical, alternates: [] };
}
