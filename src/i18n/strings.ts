/**
 * Every word the site itself writes, keyed by message, then language. A message missing a language
 * fails the type check, so no page falls back silently to the other language.
 */
import { toPersianDigits } from "../dates/digits.ts";
import type { Lang } from "./locales.ts";

type Message = Readonly<Record<Lang, string>>;

export const STRINGS = {
  skipToContent: { fa: "پرش به محتوا", en: "Skip to content" },
  home: { fa: "صفحهٔ اصلی", en: "Home" },
  latestReports: { fa: "تازه‌ترین گزارش‌ها", en: "Latest reports" },
  noReports: { fa: "هنوز گزارشی منتشر نشده است.", en: "No reports have been published yet." },
  mainNavigation: { fa: "پیمایش اصلی", en: "Main navigation" },
  languageSwitch: { fa: "زبان", en: "Language" },
  readInOtherLanguage: { fa: "این گزارش به انگلیسی", en: "This report in Persian" },
  otherLanguageHome: { fa: "نسخهٔ انگلیسی", en: "Persian edition" },
  published: { fa: "تاریخ انتشار", en: "Published" },
  minister: { fa: "وزیر", en: "Minister" },
  organization: { fa: "سازمان", en: "Organisation" },
  counterpart: { fa: "طرف دیدار", en: "Met with" },
  venue: { fa: "محل", en: "Venue" },
  event: { fa: "رویداد", en: "Event" },
  topics: { fa: "موضوع‌ها", en: "Topics" },
  reportDetails: { fa: "مشخصات گزارش", en: "About this report" },
  source: { fa: "منبع", en: "Source" },
  photoCredit: { fa: "عکس: ", en: "Photo: " },
  draft: { fa: "پیش‌نویس", en: "Draft" },
  notFoundTitle: { fa: "صفحه پیدا نشد", en: "Page not found" },
  notFoundText: {
    fa: "نشانی‌ای که دنبال آن هستید در این پایگاه نیست.",
    en: "The address you asked for is not on this site.",
  },
  chooseLanguage: { fa: "زبان را برگزینید", en: "Choose a language" },
  footerPublisher: { fa: "ناشر", en: "Publisher" },
  allReports: { fa: "همهٔ گزارش‌ها", en: "All reports" },
  archive: { fa: "بایگانی", en: "Archive" },
  archiveByMonth: { fa: "بایگانی بر پایهٔ ماه", en: "Archive by month" },
  people: { fa: "اشخاص", en: "People" },
  organizations: { fa: "سازمان‌ها", en: "Organisations" },
  venues: { fa: "مکان‌ها", en: "Venues" },
  topicsIndex: { fa: "موضوع‌ها", en: "Topics" },
  search: { fa: "جست‌وجو", en: "Search" },
  searchLabel: { fa: "جست‌وجو در گزارش‌ها", en: "Search the reports" },
  searchButton: { fa: "جست‌وجو", en: "Search" },
  searchNoResults: { fa: "گزارشی با این واژه‌ها پیدا نشد.", en: "No report matches these words." },
  searchNeedsScript: {
    fa: "جست‌وجو به جاوااسکریپت نیاز دارد؛ همهٔ گزارش‌ها در بایگانی در دسترس است.",
    en: "Search needs JavaScript; every report is also in the archive.",
  },
  searchFilters: { fa: "محدود کردن نتیجه‌ها", en: "Narrow the results" },
  searchMinister: { fa: "وزیر", en: "Minister" },
  searchOrganization: { fa: "سازمان", en: "Organisation" },
  searchTopic: { fa: "موضوع", en: "Topic" },
  searchYear: { fa: "سال", en: "Year" },
  searchAny: { fa: "همه", en: "All" },
  searchMoreResults: { fa: "نتیجه‌های بیشتر", en: "More results" },
  previousPage: { fa: "صفحهٔ قبل", en: "Previous page" },
  nextPage: { fa: "صفحهٔ بعد", en: "Next page" },
  pageOf: { fa: "صفحهٔ {page} از {pages}", en: "Page {page} of {pages}" },
  pagination: { fa: "صفحه‌ها", en: "Pages" },
  reportsOf: { fa: "گزارش‌های {name}", en: "Reports: {name}" },
  feed: { fa: "خوراک اتم", en: "Atom feed" },
  website: { fa: "وبگاه", en: "Website" },
  moreReports: { fa: "همهٔ گزارش‌ها", en: "All reports" },
  breadcrumbs: { fa: "مسیر صفحه", en: "Breadcrumbs" },
} as const satisfies Record<string, Message>;

/** A message with a number in it, in each plural form a language's numbers take (`Intl.PluralRules`). */
type CountMessage = Readonly<Record<Lang, Readonly<Record<"one" | "other", string>>>>;

/**
 * Messages that count something: "1 report", "2 reports". Persian puts a noun in the singular after
 * any number, so both its forms are one.
 */
export const COUNT_STRINGS = {
  reportCount: { fa: { one: "{count} گزارش", other: "{count} گزارش" }, en: { one: "{count} report", other: "{count} reports" } },
  searchResultCount: { fa: { one: "{count} نتیجه", other: "{count} نتیجه" }, en: { one: "{count} result", other: "{count} results" } },
} as const satisfies Record<string, CountMessage>;

/** The name of a message in {@link COUNT_STRINGS}. */
export type CountMessageKey = keyof typeof COUNT_STRINGS;

/** The name of a message in {@link STRINGS}. */
export type MessageKey = keyof typeof STRINGS;

/**
 * A UI string in a language.
 * @example translate("home", "en") // "Home"
 */
export function translate(key: MessageKey, lang: Lang): string {
  return STRINGS[key][lang];
}

/**
 * A UI string with `{name}` placeholders filled in; on Persian pages the numbers become Persian digits.
 * @example translateWith("pageOf", "fa", { page: 2, pages: 5 }) // "صفحهٔ ۲ از ۵"
 */
export function translateWith(key: MessageKey, lang: Lang, values: Readonly<Record<string, string | number>>): string {
  return translate(key, lang).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? localNumber(value, lang) : value;
  });
}

/** Each language's plural rules, made once: making one costs more than the thousands of counts a build writes. */
const PLURAL_RULES: Readonly<Record<Lang, Intl.PluralRules>> = { fa: new Intl.PluralRules("fa"), en: new Intl.PluralRules("en") };

/**
 * A count in the page's language and digits, in the plural form the number takes there.
 * @example countText("reportCount", 1, "en") // "1 report"
 * @example countText("reportCount", 3, "fa") // "۳ گزارش"
 */
export function countText(key: CountMessageKey, count: number, lang: Lang): string {
  const form = PLURAL_RULES[lang].select(count) === "one" ? "one" : "other";
  return COUNT_STRINGS[key][lang][form].replace("{count}", localNumber(count, lang));
}

/**
 * A count of reports in the page's language.
 * @example reportCountText(3, "fa") // "۳ گزارش"
 */
export function reportCountText(count: number, lang: Lang): string {
  return countText("reportCount", count, lang);
}

/**
 * A number in the page language's digits.
 * @example localNumber(1404, "fa") // "۱۴۰۴"
 */
export function localNumber(value: number, lang: Lang): string {
  return lang === "fa" ? toPersianDigits(String(value)) : String(value);
}

/**
 * Narrows a string to a message name (templates pass plain strings).
 * @example isMessageKey("home") // true
 */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(STRINGS, key);
}
