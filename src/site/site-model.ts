/**
 * What the layouts render: plain values, computed once per build, with every URL, date and name
 * already in the page's language. Layouts only place them; they decide nothing.
 */
import type { ReportBody } from "../content/report.ts";
import type { Calendar, Lang } from "../i18n/locales.ts";
import type { PictureSources } from "../images/picture-html.ts";
import type { Rendition } from "../images/renditions.ts";

/** One calendar's rendering of a report date. */
export interface DisplayDate {
  readonly calendar: Calendar;
  /** The `<time datetime>` value. */
  readonly datetime: string;
  readonly text: string;
}

/** A link to another page, with the language of its text. */
export interface Link {
  readonly href: string;
  readonly text: string;
  readonly lang: Lang;
}

/** `<link rel="alternate" hreflang>`: a language (or `x-default`) and an absolute address. */
export interface Alternate {
  readonly hreflang: Lang | "x-default";
  readonly href: string;
}

/** The picture a page is shared with (`og:image`): a 1200×630 JPEG at an absolute address. */
export interface ShareImage {
  readonly url: string;
  readonly alt: string;
  readonly width: number;
  readonly height: number;
  readonly type: string;
}

/** A photo with what it shows, for `<picture>` (the `picture` filter). */
export interface Photo {
  readonly picture: PictureSources;
  readonly alt: string;
}

/** A report's lead photo, with its caption and credit in the report's language. */
export interface LeadPhoto extends Photo {
  readonly caption?: string | undefined;
  readonly credit?: string | undefined;
}

/** One photo of the content folder and the files a build makes of it, below `media/`. */
export interface MediaJob {
  /** Its path below `content/media/`. */
  readonly src: string;
  /** Its path as messages print it: `content/media/2025/itu-baku.jpg`. */
  readonly path: string;
  /** The file on disk. */
  readonly source: string;
  readonly renditions: readonly Rendition[];
}

/**
 * What `<head>` tells search engines and the sites a page is shared on, after its title and
 * description (`headMeta` in layouts/partials/head-meta.njk): every page's, and the language choice's at `/`.
 */
export interface HeadMeta {
  readonly description: string;
  /** The page's own absolute address: `<link rel="canonical">` and `og:url`. */
  readonly canonical: string;
  readonly alternates: readonly Alternate[];
  readonly ogType: "article" | "website";
  readonly ogLocale: string;
  /** Other locales the page itself is written in (`og:locale:alternate`): English on the bilingual `/`, none elsewhere. */
  readonly ogLocaleAlternates: readonly string[];
  readonly ogTitle: string;
  readonly siteName: string;
  /** The page's own photo, else the site's default picture; none when `site.yaml` names none. */
  readonly shareImage?: ShareImage | undefined;
}

/** What every page's `<head>` and frame need. */
export interface PageMeta extends HeadMeta {
  readonly lang: Lang;
  readonly dir: "rtl" | "ltr";
  /** The `<title>`: the page's own title, then the site's name. */
  readonly documentTitle: string;
  readonly homeHref: string;
  readonly stylesheetHref: string;
  /** The translation of this page, or the other language's home. */
  readonly languageSwitch: Link & { readonly isTranslation: boolean };
  readonly publisher: string;
  /** The site's main sections, for the header. */
  readonly nav: readonly (Link & { readonly current: boolean })[];
  /** The language's Atom feed, for `<link rel="alternate" type="application/atom+xml">`. */
  readonly feed: FeedLink;
}

/** A named thing a report is about: a person, organisation, venue or topic, in the page's language. */
export interface EntityMention {
  readonly key: string;
  readonly name: string;
  /** A role, a country or a short name, shown after the name. */
  readonly detail?: string | undefined;
  /** Its archive page, once that exists; until then the name is shown without a link. */
  readonly href?: string | undefined;
}

/** A labelled line of the report's details: minister, organisation, counterpart, venue, event, topics. */
export interface ReportFact {
  /** A message key in the UI strings. */
  readonly label: "minister" | "organization" | "counterpart" | "venue" | "event" | "topics";
  readonly items: readonly EntityMention[];
}

/** A report as a list shows it. */
export interface ReportTeaser {
  readonly title: string;
  readonly href: string;
  readonly dates: readonly DisplayDate[];
  readonly summary: string;
  readonly draft: boolean;
  /** A small version of the lead photo. */
  readonly photo?: Photo | undefined;
}

export interface ReportPage {
  /** Output path, e.g. `/fa/news/itu-sg-baku/`. */
  readonly path: string;
  readonly meta: PageMeta;
  readonly title: string;
  /** Jalali first on Persian pages, Gregorian first on English ones. */
  readonly dates: readonly DisplayDate[];
  readonly facts: readonly ReportFact[];
  /** The body in Markdown: the layout renders it as the page is written, so no archive holds every report's HTML at once. */
  readonly bodyMarkdown: ReportBody;
  readonly photo?: LeadPhoto | undefined;
  /** The versions of the body's photos, by the address the body writes (`/media/2025/a.jpg`). */
  readonly bodyPictures: Readonly<Record<string, PictureSources>>;
  readonly source?: { readonly name: string; readonly href?: string | undefined } | undefined;
  /** JSON-LD `NewsArticle`, already safe to place inside `<script>`. */
  readonly jsonLd: string;
  readonly draft: boolean;
}

export interface HomePage {
  readonly path: string;
  readonly meta: PageMeta;
  readonly heading: string;
  readonly reports: readonly ReportTeaser[];
  /** The list of all reports, when there are more than the home shows. */
  readonly moreHref?: string | undefined;
}

/** A page in both languages at once: `/` and `/404.html`. */
/** A feed as a page's `<head>` names it, so that feed readers find it. */
export interface FeedLink {
  readonly href: string;
  readonly title: string;
}

export interface BilingualPage {
  readonly path: string;
  /** The `<title>` in each language, the default language's first: the site's name, or "page not found". */
  readonly documentTitle: string;
  readonly stylesheetHref: string;
  readonly editions: readonly { readonly lang: Lang; readonly dir: "rtl" | "ltr"; readonly siteName: string; readonly description: string; readonly homeHref: string }[];
  /** Canonical, hreflang and Open Graph; none on the not-found page, which is no address of its own. */
  readonly head?: HeadMeta | undefined;
  /** `<meta name="robots">`: `noindex` on the not-found page. */
  readonly robots?: "noindex" | undefined;
}

/** The language choice at `/`: a page of its own address, shared like the others. */
export interface LanguageChoicePage extends BilingualPage {
  readonly head: HeadMeta;
  /** Both languages' feeds, the default language's first. */
  readonly feeds: readonly FeedLink[];
}

/** Previous/next and numbered links of a paginated list. */
export interface Pagination {
  /** "Page 2 of 5", in the page's language and digits. */
  readonly label: string;
  readonly previous?: string | undefined;
  readonly next?: string | undefined;
  readonly pages: readonly { readonly text: string; readonly href: string; readonly current: boolean }[];
}

/** A page listing reports: all reports, an archive month, an entity's reports. */
export interface ListPage {
  readonly path: string;
  readonly meta: PageMeta;
  readonly heading: string;
  /** Lines under the heading: a person's role, an organisation's short name, a venue's country. */
  readonly details: readonly string[];
  /** An outside link about the entity (an organisation's website). */
  readonly website?: string | undefined;
  /** Links back up: the archive, the year, the index of a kind. */
  readonly breadcrumbs: readonly Link[];
  readonly count: string;
  readonly reports: readonly ReportTeaser[];
  readonly pagination?: Pagination | undefined;
}

/** An entry of an index page: a month, a person, a topic … with its report count. */
export interface IndexEntry {
  readonly text: string;
  readonly href: string;
  readonly count: string;
  readonly detail?: string | undefined;
}

/** A page of links to other pages: the archive's years and months, the people, the topics … */
export interface IndexPage {
  readonly path: string;
  readonly meta: PageMeta;
  readonly heading: string;
  readonly breadcrumbs: readonly Link[];
  readonly groups: readonly { readonly heading?: Link | undefined; readonly count?: string | undefined; readonly entries: readonly IndexEntry[] }[];
}

export interface SearchPage {
  readonly path: string;
  readonly meta: PageMeta;
  /** The folder of this language's search index (src/search/search-index.ts), under the path prefix. */
  readonly indexHref: string;
  readonly scriptHref: string;
  /** "{count} results" in each plural form of the page's language, for the script to fill in. */
  readonly resultCount: { readonly one: string; readonly other: string };
  /** How many results are shown at once, and added by each press of "more results" (each needs a file of its own). */
  readonly resultsPerStep: number;
  /** The filters by minister, organisation, topic and year, each with its choices among the language's reports. */
  readonly filters: readonly SearchFilter[];
}

/** One filter of the search page: a `<select name>` and its choices. */
export interface SearchFilter {
  /** The address parameter: `minister`, `organization`, `topic` or `year`. */
  readonly name: string;
  readonly label: string;
  /** The choice that leaves the filter off. */
  readonly anyText: string;
  readonly options: readonly { readonly value: string; readonly text: string }[];
}

/** One entry of an Atom feed. */
export interface FeedEntry {
  readonly title: string;
  readonly url: string;
  readonly published: string;
  readonly summary: string;
  readonly contentHtml: string;
  /** The lead photo's widest JPEG, as the entry's enclosure. */
  readonly image?: { readonly url: string; readonly type: string } | undefined;
}

/** An Atom 1.0 feed of a language's newest reports. */
export interface Feed {
  readonly path: string;
  readonly lang: Lang;
  readonly title: string;
  readonly subtitle: string;
  readonly selfUrl: string;
  readonly homeUrl: string;
  readonly author: string;
  /** RFC 3339: the newest report's date, never the build time. */
  readonly updated: string;
  readonly entries: readonly FeedEntry[];
}

/** One page in the sitemap, with its translations. */
export interface SitemapEntry {
  readonly loc: string;
  readonly alternates: readonly Alternate[];
}

export interface SiteModel {
  readonly reports: readonly ReportPage[];
  readonly homes: readonly HomePage[];
  readonly lists: readonly ListPage[];
  readonly indexes: readonly IndexPage[];
  readonly searches: readonly SearchPage[];
  readonly feeds: readonly Feed[];
  /** The site's root under its path prefix, e.g. `/` or `/news/`: where links and the search index start. */
  readonly baseHref: string;
  /** The absolute address of the sitemap, for robots.txt. */
  readonly sitemapUrl: string;
  readonly root: LanguageChoicePage;
  readonly notFound: BilingualPage;
  /** Every photo shown, with the files to make of it below `media/`. */
  readonly media: readonly MediaJob[];
}
