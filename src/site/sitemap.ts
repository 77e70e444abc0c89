/**
 * The sitemap: every page by its absolute address, with hreflang alternates for translated pairs.
 */
import type { PageMeta, SitemapEntry } from "./site-model.ts";

/**
 * Sitemap entries for pages; alternates are listed only where a page has a translation.
 * @example sitemapEntries([reportMeta]) // [{ loc: "https://…/fa/news/x/", alternates: [{ hreflang: "fa", … }, { hreflang: "en", … }, { hreflang: "x-default", … }] }]
 */
export function sitemapEntries(metas: readonly PageMeta[], extraLocs: readonly string[]): SitemapEntry[] {
  const entries: SitemapEntry[] = extraLocs.map((loc) => ({ loc, alternates: [] }));
  for (const meta of metas) {
    const translated = meta.alternates.some((alternate) => alternate.hreflang !== meta.lang && alternate.hreflang !== "x-default");
    entries.push({ loc: meta.canonical, alternates: translated ? meta.alternates : [] });
  }
  return entries;
}
