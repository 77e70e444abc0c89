/**
 * What the layouts render: plain values, computed once per build, with every URL, date and name
 * already in the page's language. Layouts only place them; they decide nothing.
 */
import type { Calendar, Lang } from "../i18n/locales.ts";

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

/** What every page's `<head>` and frame need. */
export interface PageMeta {
  readonly lang: Lang;
  readonly dir: "rtl" | "ltr";
  /** The `<title>`: the page's own title, then the site's name. */
  readonly documentTitle: string;
  readonly description: string;
  readonly canonical: string;
  readonly alternates: readonly Alternate[];
  readonly ogType: "article" | "website";
  readonly ogLocale: string;
  readonly ogTitle: string;
  readonly siteName: string;
  readonly homeHref: string;
  readonly stylesheetHref: string;
  /** The translation of this page, or the other language's home. */
  readonly languageSwitch: Link & { readonly isTranslation: boolean };
  readonly publisher: string;
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
}

export interface ReportPage {
  /** Output path, e.g. `/fa/news/itu-sg-baku/`. */
  readonly path: string;
  readonly meta: PageMeta;
  readonly title: string;
  /** Jalali first on Persian pages, Gregorian first on English ones. */
  readonly dates: readonly DisplayDate[];
  readonly facts: readonly ReportFact[];
  readonly bodyHtml: string;
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
}

/** A page in both languages at once: `/` and `/404.html`. */
export interface BilingualPage {
  readonly path: string;
  readonly canonical: string;
  readonly stylesheetHref: string;
  readonly editions: readonly { readonly lang: Lang; readonly dir: "rtl" | "ltr"; readonly siteName: string; readonly description: string; readonly homeHref: string }[];
}

export interface SiteModel {
  readonly reports: readonly ReportPage[];
  readonly homes: readonly HomePage[];
  readonly root: BilingualPage;
  readonly notFound: BilingualPage;
}
