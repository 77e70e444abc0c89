/**
 * From validated content to every page's model. Each report is prepared once (Markdown rendered,
 * dates formatted), then every collection is one grouping pass, so the build stays linear.
 */
import type { Content } from "../content/parse-content.ts";
import { LANGS, otherLang, type Lang } from "../i18n/locales.ts";
import { COUNT_STRINGS, translate } from "../i18n/strings.ts";
import { SEARCH_FILTERS, searchFilterOptions } from "./search-filters.ts";
import { archivePages } from "./archive-pages.ts";
import { reportsByLanguage } from "./collections.ts";
import { entityPages } from "./entity-pages.ts";
import { atomFeed } from "./feeds.ts";
import { listPages } from "./list-pages.ts";
import { languageChoicePage, notFoundPage, pageMeta, type SiteContext } from "./page-meta.ts";
import { defaultShareImages, mediaJobs } from "./photos.ts";
import { prepareReport, type PreparedReport } from "./prepared-report.ts";
import { reportPage } from "./report-page.ts";
import type { HomePage, ListPage, IndexPage, ReportPage, SearchPage, SiteModel } from "./site-model.ts";
import { homePath, newsListPath, searchIndexPath, searchPath, SITEMAP_PATH, urlMaker, type SiteAddress } from "./site-urls.ts";

/** How many reports a language's home lists. */
export const HOME_REPORT_COUNT = 10;

/**
 * Every page of the site.
 * @example buildSite(content, { baseUrl: "https://news.example.org", pathPrefix: "/" }).reports[0].path // "/fa/news/wtdc-25-opens-baku/"
 */
export function buildSite(content: Content, address: SiteAddress): SiteModel {
  const urls = urlMaker(address);
  const context: SiteContext = { content, urls, defaultShareImages: defaultShareImages(content, urls.absolute) };
  const byLang = reportsByLanguage(content.reports.map((report) => prepareReport(report, urls, content.media)));
  const byTranslationKey = new Map<string, PreparedReport>();
  for (const item of [...byLang.fa, ...byLang.en]) byTranslationKey.set(`${item.report.lang}\u0000${item.report.translationKey}`, item);
  const translationOf = (item: PreparedReport) => byTranslationKey.get(`${otherLang(item.report.lang)}\u0000${item.report.translationKey}`);

  const reports = LANGS.flatMap((lang) => byLang[lang].map((item) => reportPage(item, translationOf(item), context)));
  const homes = LANGS.map((lang) => homePage(lang, byLang[lang], context));
  const lists: ListPage[] = [];
  const indexes: IndexPage[] = [];
  for (const lang of LANGS) {
    lists.push(...newsList(lang, byLang[lang], context));
    const archive = archivePages(lang, byLang[lang], context);
    indexes.push(...archive.indexes);
    lists.push(...archive.lists);
  }
  const entities = entityPages(byLang, context);
  indexes.push(...entities.indexes);
  lists.push(...entities.lists);
  const searches = LANGS.map((lang) => searchPage(lang, reports, context));

  return {
    reports,
    homes,
    lists,
    indexes,
    searches,
    feeds: LANGS.map((lang) => atomFeed(lang, byLang[lang], context)),
    baseHref: urls.href("/"),
    sitemapUrl: urls.absolute(SITEMAP_PATH),
    root: languageChoicePage(context),
    notFound: notFoundPage(context),
    media: mediaJobs(content),
  };
}

function homePage(lang: Lang, reports: readonly PreparedReport[], context: SiteContext): HomePage {
  const site = context.content.site[lang];
  const path = homePath(lang);
  return {
    path,
    meta: pageMeta(context, {
      lang,
      path,
      title: site.name,
      titleIsSiteName: true,
      description: site.description,
      ogType: "website",
      section: "home",
      translationPath: homePath(otherLang(lang)),
    }),
    heading: translate("latestReports", lang),
    reports: reports.slice(0, HOME_REPORT_COUNT).map((item) => item.teaser),
    moreHref: reports.length > HOME_REPORT_COUNT ? context.urls.href(newsListPath(lang)) : undefined,
  };
}

function newsList(lang: Lang, reports: readonly PreparedReport[], context: SiteContext): ListPage[] {
  const heading = translate("allReports", lang);
  return listPages(
    {
      lang,
      firstPagePath: newsListPath(lang),
      heading,
      description: `${heading}: ${context.content.site[lang].description}`,
      section: "news",
      translationPath: newsListPath(otherLang(lang)),
      breadcrumbs: [],
      reports,
    },
    context,
  );
}

/** The label of each of the search page's filters. */
const SEARCH_FILTER_LABELS = { minister: "searchMinister", organization: "searchOrganization", topic: "searchTopic", year: "searchYear" } as const;

function searchPage(lang: Lang, reports: readonly ReportPage[], context: SiteContext): SearchPage {
  const path = searchPath(lang);
  const options = searchFilterOptions(reports, lang);
  const title = translate("search", lang);
  return {
    path,
    meta: pageMeta(context, {
      lang,
      path,
      title,
      description: translate("searchLabel", lang),
      ogType: "website",
      section: "search",
      translationPath: searchPath(otherLang(lang)),
    }),
    indexHref: context.urls.href(searchIndexPath(lang)),
    scriptHref: context.urls.href("/assets/search.js"),
    resultCount: COUNT_STRINGS.searchResultCount[lang],
    resultsPerStep: 10,
    filters: SEARCH_FILTERS.map((name) => ({ name, label: translate(SEARCH_FILTER_LABELS[name], lang), anyText: translate("searchAny", lang), options: options[name] })),
  };
}
