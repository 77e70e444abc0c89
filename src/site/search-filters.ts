/**
 * The search page's filters: a report's minister, organisations, topics and year, by registry key
 * (the year in the page language's own calendar: Jalali on Persian pages, Gregorian on English ones),
 * and the choices the page offers, taken from the reports of its language.
 */
import { toJalaali } from "jalaali-js";
import { toPersianDigits } from "../dates/digits.ts";
import type { Lang } from "../i18n/locales.ts";
import type { DisplayDate, ReportFact, ReportPage } from "./site-model.ts";

/** The filters, in the order the page shows them; each is also the name of its address parameter. */
export const SEARCH_FILTERS = ["minister", "organization", "topic", "year"] as const;

/** A filter's name: `?minister=KEY`. */
export type SearchFilterName = (typeof SEARCH_FILTERS)[number];

/** A report's values for each filter. */
export type SearchFilterValues = Readonly<Record<SearchFilterName, readonly string[]>>;

/** Which line of a report's facts holds each filter's keys. */
const FACT_OF_FILTER: Readonly<Record<Exclude<SearchFilterName, "year">, ReportFact["label"]>> = {
  minister: "minister",
  organization: "organization",
  topic: "topics",
};

/**
 * The year of a report in the page language's own calendar, from its dates' Tehran calendar day.
 * @example reportYear(page.dates, "fa") // 1404
 * @example reportYear(page.dates, "en") // 2025
 */
export function reportYear(dates: readonly DisplayDate[], lang: Lang): number {
  // Every `datetime` starts with the report's calendar day in Tehran (src/dates/format-date.ts).
  const [year = 0, month = 1, day = 1] = (dates[0]?.datetime ?? "").slice(0, 10).split("-").map(Number);
  return lang === "fa" ? toJalaali(year, month, day).jy : year;
}

/**
 * A report's values for each filter.
 * @example searchFilterValues(page).minister // ["sattar-hashemi"]
 */
export function searchFilterValues(page: ReportPage): SearchFilterValues {
  const keysOf = (label: ReportFact["label"]) => page.facts.filter((fact) => fact.label === label).flatMap((fact) => fact.items.map((item) => item.key));
  return {
    minister: keysOf(FACT_OF_FILTER.minister),
    organization: keysOf(FACT_OF_FILTER.organization),
    topic: keysOf(FACT_OF_FILTER.topic),
    year: [String(reportYear(page.dates, page.meta.lang))],
  };
}

/** One choice of a filter: its address value and what the reader sees. */
export interface SearchFilterOption {
  readonly value: string;
  readonly text: string;
}

/**
 * The choices of each filter among a language's reports: names in alphabetical order, years newest first.
 * @example searchFilterOptions(faReports, "fa").year // [{ value: "1404", text: "۱۴۰۴" }, …]
 */
export function searchFilterOptions(reports: readonly ReportPage[], lang: Lang): Readonly<Record<SearchFilterName, readonly SearchFilterOption[]>> {
  const named = { minister: new Map<string, string>(), organization: new Map<string, string>(), topic: new Map<string, string>() };
  const years = new Set<number>();
  for (const page of reports) {
    if (page.meta.lang !== lang) continue;
    for (const filter of ["minister", "organization", "topic"] as const) {
      for (const fact of page.facts) if (fact.label === FACT_OF_FILTER[filter]) for (const item of fact.items) named[filter].set(item.key, item.name);
    }
    years.add(reportYear(page.dates, lang));
  }
  const collator = new Intl.Collator(lang);
  const byName = (names: Map<string, string>) => [...names].map(([value, text]) => ({ value, text })).sort((a, b) => collator.compare(a.text, b.text));
  return {
    minister: byName(named.minister),
    organization: byName(named.organization),
    topic: byName(named.topic),
    year: [...years].sort((a, b) => b - a).map((year) => ({ value: String(year), text: lang === "fa" ? toPersianDigits(String(year)) : String(year) })),
  };
}
