/**
 * Every word the site itself writes, keyed by message, then language. A message missing a language
 * fails the type check, so no page falls back silently to the other language.
 */
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
  draft: { fa: "پیش‌نویس", en: "Draft" },
  notFoundTitle: { fa: "صفحه پیدا نشد", en: "Page not found" },
  notFoundText: {
    fa: "نشانی‌ای که دنبال آن هستید در این پایگاه نیست.",
    en: "The address you asked for is not on this site.",
  },
  chooseLanguage: { fa: "زبان را برگزینید", en: "Choose a language" },
  footerPublisher: { fa: "ناشر", en: "Publisher" },
} as const satisfies Record<string, Message>;

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
 * Narrows a string to a message name (templates pass plain strings).
 * @example isMessageKey("home") // true
 */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(STRINGS, key);
}
