/**
 * The one table of the site's languages: it drives `lang`, `dir`, hreflang, Open Graph locales,
 * the order of the two calendars and per-language collections.
 */

/** A language the site is published in. */
export type Lang = "fa" | "en";

/** Which calendar a page shows first. */
export type Calendar = "jalali" | "gregorian";

export interface Locale {
  readonly lang: Lang;
  readonly dir: "rtl" | "ltr";
  /** Open Graph's `og:locale`. */
  readonly ogLocale: string;
  /** The calendar shown first, in full; the other follows in short. */
  readonly primaryCalendar: Calendar;
  /** The language's own name, for the language switch. */
  readonly nativeName: string;
  /** The language's name in English, for messages to authors. */
  readonly englishName: string;
}

/** Languages in the order the site lists them; Persian is the default. */
export const LANGS: readonly Lang[] = ["fa", "en"];

export const LOCALES: Readonly<Record<Lang, Locale>> = {
  fa: { lang: "fa", dir: "rtl", ogLocale: "fa_IR", primaryCalendar: "jalali", nativeName: "فارسی", englishName: "Persian" },
  en: { lang: "en", dir: "ltr", ogLocale: "en_US", primaryCalendar: "gregorian", nativeName: "English", englishName: "English" },
};

/**
 * The other language of the pair.
 * @example otherLang("fa") // "en"
 */
export function otherLang(lang: Lang): Lang {
  return lang === "fa" ? "en" : "fa";
}

/**
 * Narrows a string to a site language.
 * @example isLang("fa") // true
 */
export function isLang(value: unknown): value is Lang {
  return value === "fa" || value === "en";
}
