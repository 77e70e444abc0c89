/**
 * The sitemap's entries: a page by its absolute address, with hreflang alternates for translated pairs.
 */
import type { LanguageChoicePage, PageMeta, SitemapEntry } from "../site/site-model.ts";

/**
 * A page's entry; alternates are listed only where the page has a translation.
 * @example sitemapEntry(reportMeta) // { loc: "https://…/fa/news/x/", alternates: [{ hreflang: "fa", … }, { hreflang: "en", … }, { hreflang: "x-default", … }] }
 */
export function sitemapEntry(meta: PageMeta): SitemapEntry {
  const translated = meta.alternates.some((alternate) => alternate.hreflang !== meta.lang && alternate.hreflang !== "x-default");
  return { loc: meta.canonical, alternates: translated ? meta.alternates : [] };
}

/**
 * The entry of the language choice at `/`, a page in both languages: its address alone, since it is
 * none of the homes its hreflang links name.
 * @example languageChoiceSitemapEntry(model.root) // { loc: "https://news.example.org/", alternates: [] }
 */
export function languageChoiceSitemapEntry(page: LanguageChoicePage): SitemapEntry {
  return { loc: page.head.canonical, alternates: [] };
}
