/**
 * Month and weekday names of both calendars in both languages.
 * Persian names keep their ZWNJ (U+200C): `سه‌شنبه`, `پنج‌شنبه`, `یک‌شنبه`.
 */
import type { Lang } from "../i18n/locales.ts";

type Twelve = readonly [string, string, string, string, string, string, string, string, string, string, string, string];
type Seven = readonly [string, string, string, string, string, string, string];

/** Jalali months, Farvardin first. */
export const JALALI_MONTHS: Record<Lang, Twelve> = {
  fa: ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"],
  en: ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"],
};

/** Gregorian months, January first; the Persian names are those Iranian press uses. */
export const GREGORIAN_MONTHS: Record<Lang, Twelve> = {
  fa: ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/** Weekdays in luxon's ISO order, Monday (1) first. */
export const WEEKDAYS: Record<Lang, Seven> = {
  fa: ["دوشنبه", "سه\u200cشنبه", "چهارشنبه", "پنج\u200cشنبه", "جمعه", "شنبه", "یک\u200cشنبه"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

/**
 * The name of month `month` (1–12) of a calendar.
 * @example monthName(JALALI_MONTHS, "en", 8) // "Aban"
 */
export function monthName(months: Record<Lang, Twelve>, lang: Lang, month: number): string {
  const name = months[lang][month - 1];
  if (name === undefined) throw new RangeError(`month ${month} is not 1–12`);
  return name;
}
