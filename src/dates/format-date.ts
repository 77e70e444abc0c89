/**
 * Writing a report date for readers and for machines, always as Tehran's calendar day.
 * Jalali parts come from jalaali-js (not from ICU, whose Persian patterns are unusable: see STYLE.md);
 * Gregorian parts and offsets from luxon in Asia/Tehran.
 */
import { toJalaali } from "jalaali-js";
import type { Lang } from "../i18n/locales.ts";
import { GREGORIAN_MONTHS, JALALI_MONTHS, WEEKDAYS, monthName } from "./calendar-names.ts";
import { toPersianDigits } from "./digits.ts";
import type { ReportDate } from "./report-date.ts";

/** A calendar day: year, month 1–12, day 1–31. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * `full` names the weekday and adds the time when one was given (the page language's own calendar);
 * `short` is day, month and year (the other calendar, shown second).
 */
export type DateStyle = "full" | "short";

export interface DateFormatOptions {
  readonly lang: Lang;
  readonly style: DateStyle;
}

/**
 * The Jalali calendar day of a report date in Tehran.
 * @example jalaliDay(parseJalaliDate("1404-08-27").date) // { year: 1404, month: 8, day: 27 }
 */
export function jalaliDay(date: ReportDate): CalendarDay {
  const { jy, jm, jd } = toJalaali(date.instant.year, date.instant.month, date.instant.day);
  return { year: jy, month: jm, day: jd };
}

/**
 * The Gregorian calendar day of a report date in Tehran.
 * @example gregorianDay(parseGregorianDate("2025-03-20T20:30Z").date) // { year: 2025, month: 3, day: 21 }
 */
export function gregorianDay(date: ReportDate): CalendarDay {
  return { year: date.instant.year, month: date.instant.month, day: date.instant.day };
}

/**
 * The Jalali date for readers.
 * @example formatJalaliDate(d, { lang: "fa", style: "full" }) // "سه‌شنبه ۲۷ آبان ۱۴۰۴ - ۱۰:۳۰"
 * @example formatJalaliDate(d, { lang: "en", style: "short" }) // "27 Aban 1404"
 */
export function formatJalaliDate(date: ReportDate, { lang, style }: DateFormatOptions): string {
  const { year, month, day } = jalaliDay(date);
  return writeDate(date, { lang, style }, `${day} ${monthName(JALALI_MONTHS, lang, month)} ${year}`);
}

/**
 * The Gregorian date for readers.
 * @example formatGregorianDate(d, { lang: "en", style: "full" }) // "Tuesday 18 November 2025, 10:30 Tehran time"
 * @example formatGregorianDate(d, { lang: "fa", style: "short" }) // "۱۸ نوامبر ۲۰۲۵"
 */
export function formatGregorianDate(date: ReportDate, { lang, style }: DateFormatOptions): string {
  const { year, month, day } = gregorianDay(date);
  return writeDate(date, { lang, style }, `${day} ${monthName(GREGORIAN_MONTHS, lang, month)} ${year}`);
}

/**
 * The `datetime` attribute of a `<time>`: the day alone, or the full ISO form with Tehran's offset.
 * @example datetimeAttribute(parseGregorianDate("2022-07-01T09:00").date) // "2022-07-01T09:00:00+04:30"
 */
export function datetimeAttribute(date: ReportDate): string {
  if (!date.hasTime) return date.instant.toISODate();
  return date.instant.toISO({ suppressMilliseconds: true });
}

/**
 * An RFC 3339 timestamp with Tehran's offset, as feeds and sitemaps want (a bare day is its Tehran midnight).
 * @example rfc3339(parseGregorianDate("2025-11-18").date) // "2025-11-18T00:00:00+03:30"
 */
export function rfc3339(date: ReportDate): string {
  return date.instant.toISO({ suppressMilliseconds: true });
}

function writeDate(date: ReportDate, { lang, style }: DateFormatOptions, dayMonthYear: string): string {
  let text = dayMonthYear;
  if (style === "full") {
    const weekday = WEEKDAYS[lang][date.instant.weekday - 1];
    text = `${weekday} ${text}`;
    if (date.hasTime) {
      const time = date.instant.toFormat("HH:mm");
      text += lang === "fa" ? ` - ${time}` : `, ${time} Tehran time`;
    }
  }
  return lang === "fa" ? toPersianDigits(text) : text;
}
