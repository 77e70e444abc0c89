/**
 * The page table: every page of the site, each with its kind, its template, its data and its
 * address. It is the one list of pages: the build's writer, Eleventy, the dev server, the sitemap
 * and the page count all read it. A new kind of page is one row of {@link PAGE_KINDS} and one
 * template in `layouts/` (docs/architecture.md).
 */
import { ROBOTS_PATH, SITEMAP_PATH } from "../site/site-urls.ts";
import type { BilingualPage, Feed, HomePage, IndexPage, LanguageChoicePage, ListPage, PageMeta, ReportPage, SearchPage, SiteModel, SitemapEntry } from "../site/site-model.ts";
import { languageChoiceSitemapEntry, sitemapEntry } from "./sitemap.ts";

/** The sitemap's data: every page a search engine should know, with its translations. */
export interface SitemapModel {
  readonly path: string;
  readonly entries: readonly SitemapEntry[];
}

/** robots.txt's data. */
export interface RobotsModel {
  readonly path: string;
  readonly sitemapUrl: string;
}

/** What each kind of page renders: the `model` its template reads. */
export interface PageModels {
  readonly "language-choice": LanguageChoicePage;
  readonly home: HomePage;
  readonly report: ReportPage;
  readonly list: ListPage;
  readonly index: IndexPage;
  readonly search: SearchPage;
  readonly "not-found": BilingualPage;
  readonly feed: Feed;
  readonly sitemap: SitemapModel;
  readonly robots: RobotsModel;
}

export type PageKind = keyof PageModels;

/** One page: what it is, the template that renders it, what the template reads, and where it goes. */
export type Page<K extends PageKind = PageKind> = { readonly [P in K]: PageOfKind<P> }[K];

/** A page of one kind. */
interface PageOfKind<K extends PageKind> {
  readonly kind: K;
  /** A template in `layouts/`, e.g. `report.njk`. */
  readonly template: string;
  /** The page's address below the site's root (before any path prefix): `/fa/news/x/`, `/fa/feed.xml`. */
  readonly url: string;
  /** The file it is written to, relative to the output folder: `fa/news/x/index.html`. */
  readonly outputPath: string;
  /** What the template gets: the page's model, as `model`. */
  readonly data: { readonly model: PageModels[K] };
}

/** A row of the table: one kind of page. */
interface PageKindRow<K extends PageKind> {
  readonly kind: K;
  readonly template: string;
  /** The models of the pages of this kind, each with its address; `listed` is the sitemap of the rows above. */
  readonly models: (site: SiteModel, listed: readonly SitemapEntry[]) => readonly (PageModels[K] & { readonly path: string })[];
  /** How the sitemap lists such a page; none when it is not listed. */
  readonly sitemap?: (model: PageModels[K]) => SitemapEntry;
}

type AnyPageKindRow = { readonly [K in PageKind]: PageKindRow<K> }[PageKind];

/** Every kind of page, in the order the sitemap lists them and the build writes them. */
export const PAGE_KINDS: readonly AnyPageKindRow[] = [
  { kind: "language-choice", template: "language-choice.njk", models: (site) => [site.root], sitemap: languageChoiceSitemapEntry },
  { kind: "home", template: "home.njk", models: (site) => site.homes, sitemap: metaSitemapEntry },
  { kind: "report", template: "report.njk", models: (site) => site.reports, sitemap: metaSitemapEntry },
  { kind: "list", template: "list.njk", models: (site) => site.lists, sitemap: metaSitemapEntry },
  { kind: "index", template: "index-page.njk", models: (site) => site.indexes, sitemap: metaSitemapEntry },
  { kind: "search", template: "search.njk", models: (site) => site.searches, sitemap: metaSitemapEntry },
  { kind: "not-found", template: "404.njk", models: (site) => [site.notFound] },
  { kind: "feed", template: "feed.njk", models: (site) => site.feeds },
  { kind: "sitemap", template: "sitemap.njk", models: (_site, listed) => [{ path: SITEMAP_PATH, entries: listed }] },
  { kind: "robots", template: "robots.njk", models: (site) => [{ path: ROBOTS_PATH, sitemapUrl: site.sitemapUrl }] },
];

function metaSitemapEntry(model: { readonly meta: PageMeta }): SitemapEntry {
  return sitemapEntry(model.meta);
}

/**
 * Every page of a site, kind by kind in the table's order.
 * @example pageTable(model).find((page) => page.url === "/en/feed.xml") // { kind: "feed", template: "feed.njk", url: "/en/feed.xml", outputPath: "en/feed.xml", data: { model: model.feeds[1] } }
 */
export function pageTable(site: SiteModel): Page[] {
  const pages: Page[] = [];
  const listed: SitemapEntry[] = [];
  for (const row of PAGE_KINDS as readonly PageKindRow<PageKind>[]) {
    for (const model of row.models(site, listed)) {
      pages.push({ kind: row.kind, template: row.template, url: model.path, outputPath: outputPathOf(model.path), data: { model } } as Page);
      if (row.sitemap !== undefined) listed.push(row.sitemap(model));
    }
  }
  return pages;
}

/**
 * The pages of one kind, typed by their model.
 * @example pagesOfKind(pageTable(model), "report")[0].data.model.title // "دیدار وزیر ارتباطات با دبیرکل اتحادیه بین‌المللی مخابرات"
 */
export function pagesOfKind<K extends PageKind>(pages: readonly Page[], kind: K): Page<K>[] {
  return pages.filter((page) => page.kind === kind) as Page<K>[];
}

/**
 * The file an address is written to: a folder's address is its `index.html`.
 * @example outputPathOf("/fa/news/x/") // "fa/news/x/index.html"
 * @example outputPathOf("/fa/feed.xml") // "fa/feed.xml"
 */
export function outputPathOf(url: string): string {
  return `${url.slice(1)}${url.endsWith("/") ? "index.html" : ""}`;
}
