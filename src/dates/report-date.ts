/**
 * A report's date: one instant in Tehran, plus whether the author gave a time of day.
 * Parsed from the frontmatter's `date` (Gregorian ISO 8601) or `jdate` (Jalali) text, never from a
 * JavaScript `Date` built by a YAML parser, so a day never turns into a UTC midnight.
 */
import { DateTime, FixedOffsetZone } from "luxon";
import { isValidJalaaliDate, jalaaliMonthLength, toGregorian } from "jalaali-js";
import { GREGORIAN_MONTHS, JALALI_MONTHS, monthName } from "./calendar-names.ts";
import { toAsciiDigits } from "./digits.ts";
import { TEHRAN_ZONE } from "./tehran.ts";

export interface ReportDate {
  /** The instant, set in Asia/Tehran. For a date without a time: the start of that day in Tehran. */
  readonly instant: DateTime<true>;
  /** True when the author wrote a time of day (`10:30`); false for a bare day. */
  readonly hasTime: boolean;
}

/** The result of parsing date text: the date, or a message that says what was expected. */
export type ReportDateResult = { ok: true; date: ReportDate } | { ok: false; message: string };

const GREGORIAN_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$/;
const JALALI_PATTERN = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?$/;

/** Years in this range are Solar Hijri years, not Gregorian ones a ministry would report. */
const JALALI_LOOKING_YEARS = { from: 1300, to: 1499 };
/** Jalali years khabar accepts in `jdate`: from the calendar's adoption to far beyond any archive. */
const JALALI_YEARS = { from: 1200, to: 1700 };

/**
 * Parses a Gregorian `date` field; without an offset it is Tehran wall-clock time.
 * @example parseGregorianDate("2025-11-18T10:30") // { ok: true, date: { instant: 2025-11-18T10:30+03:30, hasTime: true } }
 */
export function parseGregorianDate(text: string): ReportDateResult {
  const match = GREGORIAN_PATTERN.exec(toAsciiDigits(text.trim()));
  if (!match) {
    return fail(`"${text}" is not a date: expected YYYY-MM-DD, optionally with a time (2025-11-18 or 2025-11-18T10:30)`);
  }
  const [, y, mo, d, h, mi, s, offset] = match;
  const year = Number(y);
  if (year >= JALALI_LOOKING_YEARS.from && year <= JALALI_LOOKING_YEARS.to) {
    return fail(`"${text}" looks like a Jalali date: use \`jdate\` for Solar Hijri dates`);
  }
  const dayProblem = impossibleDay(year, Number(mo), Number(d), "gregorian");
  if (dayProblem !== undefined) return fail(`"${text}" is not a real date: ${dayProblem}`);
  const hasTime = h !== undefined;
  const zone = offset === undefined ? TEHRAN_ZONE : offsetZone(offset);
  const parsed = DateTime.fromObject(
    { year, month: Number(mo), day: Number(d), hour: Number(h ?? 0), minute: Number(mi ?? 0), second: Number(s ?? 0) },
    { zone },
  );
  const inTehran = parsed.setZone(TEHRAN_ZONE);
  if (!inTehran.isValid) return fail(`"${text}" is not a real time of day: expected hours 00–23 and minutes 00–59`);
  return succeed(inTehran, hasTime);
}

/**
 * Parses a Jalali `jdate` field (Tehran time), in ASCII or Persian digits, with `-` or `/`.
 * @example parseJalaliDate("۱۴۰۴/۰۸/۲۷ ۱۰:۳۰") // { ok: true, date: { instant: 2025-11-18T10:30+03:30, hasTime: true } }
 */
export function parseJalaliDate(text: string): ReportDateResult {
  const match = JALALI_PATTERN.exec(toAsciiDigits(text.trim()));
  if (!match) {
    return fail(`"${text}" is not a Jalali date: expected YYYY-MM-DD or YYYY/MM/DD, optionally with a time (1404-08-27 or 1404/08/27 10:30)`);
  }
  const [, y, mo, d, h, mi] = match;
  const jy = Number(y);
  const jm = Number(mo);
  const jd = Number(d);
  if (jy < JALALI_YEARS.from || jy > JALALI_YEARS.to) {
    return fail(`"${text}" has year ${jy}, which is not a Jalali year: use \`date\` for Gregorian dates`);
  }
  const dayProblem = impossibleDay(jy, jm, jd, "jalali");
  if (dayProblem !== undefined || !isValidJalaaliDate(jy, jm, jd)) {
    return fail(`"${text}" is not a real Jalali date${dayProblem === undefined ? "" : `: ${dayProblem}`}`);
  }
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  const parsed = DateTime.fromObject(
    { year: gy, month: gm, day: gd, hour: Number(h ?? 0), minute: Number(mi ?? 0) },
    { zone: TEHRAN_ZONE },
  );
  if (!parsed.isValid) return fail(`"${text}" is not a real time of day: expected hours 00–23 and minutes 00–59`);
  return succeed(parsed, h !== undefined);
}

/** Why a year-month-day does not exist in a calendar (month 13, 30 February, 30 Esfand 1404), if it does not. */
function impossibleDay(year: number, month: number, day: number, calendar: "gregorian" | "jalali"): string | undefined {
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = calendar === "jalali" ? jalaaliMonthLength(year, month) : gregorianMonthLength(year, month);
  const name = monthName(calendar === "jalali" ? JALALI_MONTHS : GREGORIAN_MONTHS, "en", month);
  if (day < 1 || days === undefined || day > days) return `${name} ${year} has ${days ?? "no"} days`;
  return undefined;
}

/**
 * Days in a Gregorian month, from day 0 of the next month in UTC: a luxon DateTime would be made
 * for each report only to be asked this, at several times the cost.
 */
function gregorianMonthLength(year: number, month: number): number {
  const date = new Date(Date.UTC(2000, month, 0));
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

function offsetZone(offset: string): FixedOffsetZone {
  if (offset === "Z") return FixedOffsetZone.utcInstance;
  const sign = offset.startsWith("-") ? -1 : 1;
  const digits = offset.slice(1).replace(":", "");
  return FixedOffsetZone.instance(sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))));
}

function succeed(instant: DateTime<true>, hasTime: boolean): ReportDateResult {
  return { ok: true, date: { instant, hasTime } };
}

function fail(message: string): ReportDateResult {
  return { ok: false, message };
}
