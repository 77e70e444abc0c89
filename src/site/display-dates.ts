/**
 * A report date in both calendars, in the order and forms a page's language wants (contract §4).
 */
import { datetimeAttribute, formatGregorianDate, formatJalaliDate } from "../dates/format-date.ts";
import type { ReportDate } from "../dates/report-date.ts";
import { LOCALES, type Lang } from "../i18n/locales.ts";
import type { DisplayDate } from "./site-model.ts";

/**
 * The page language's own calendar in full first, then the other calendar in short.
 * @example displayDates(date, "fa").map((d) => d.text) // ["سه‌شنبه ۲۷ آبان ۱۴۰۴", "۱۸ نوامبر ۲۰۲۵"]
 */
export function displayDates(date: ReportDate, lang: Lang): DisplayDate[] {
  const datetime = datetimeAttribute(date);
  const jalaliFirst = LOCALES[lang].primaryCalendar === "jalali";
  const jalali: DisplayDate = { calendar: "jalali", datetime, text: formatJalaliDate(date, { lang, style: jalaliFirst ? "full" : "short" }) };
  const gregorian: DisplayDate = { calendar: "gregorian", datetime, text: formatGregorianDate(date, { lang, style: jalaliFirst ? "short" : "full" }) };
  return jalaliFirst ? [jalali, gregorian] : [gregorian, jalali];
}
