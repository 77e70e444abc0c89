import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  parseGregorianDate,
  parseJalaliDate,
  type ReportDate,
  type ReportDateResult,
} from "../../src/dates/report-date.ts";

/** A parse result as plain values: the instant's ISO text in Tehran and whether a time was given. */
function plain(result: ReportDateResult): { ok: true; instant: string | null; hasTime: boolean } | { ok: false; message: string } {
  return result.ok ? { ok: true, instant: result.date.instant.toISO(), hasTime: result.date.hasTime } : result;
}

function plainDate(date: ReportDate): { instant: string | null; zone: string | null; hasTime: boolean } {
  return { instant: date.instant.toISO(), zone: date.instant.zoneName, hasTime: date.hasTime };
}

describe("parseGregorianDate", () => {
  it("reads a bare day as the start of that day in Tehran", () => {
    expect(plain(parseGregorianDate("2025-11-18"))).toEqual({ ok: true, instant: "2025-11-18T00:00:00.000+03:30", hasTime: false });
  });

  it("reads a time without an offset as Tehran wall-clock time", () => {
    expect(plain(parseGregorianDate("2025-11-18T10:30"))).toEqual({ ok: true, instant: "2025-11-18T10:30:00.000+03:30", hasTime: true });
  });

  it("accepts a space instead of the T and keeps the seconds", () => {
    expect(plain(parseGregorianDate("2025-11-18 10:30:45"))).toEqual({ ok: true, instant: "2025-11-18T10:30:45.000+03:30", hasTime: true });
  });

  it("sets the instant in the Asia/Tehran zone", () => {
    const result = parseGregorianDate("2025-11-18T10:30");
    expect(result.ok && result.date.instant.zoneName).toBe("Asia/Tehran");
  });

  it("moves 20:30 UTC on 20 March 2025 to midnight of Nowruz 1404 in Tehran", () => {
    expect(plain(parseGregorianDate("2025-03-20T20:30Z"))).toEqual({ ok: true, instant: "2025-03-21T00:00:00.000+03:30", hasTime: true });
  });

  it("reads an explicit offset written with or without a colon", () => {
    expect(plain(parseGregorianDate("2025-11-18T07:00:00+00:00"))).toEqual({ ok: true, instant: "2025-11-18T10:30:00.000+03:30", hasTime: true });
    expect(plain(parseGregorianDate("2025-11-18T10:30+0330"))).toEqual({ ok: true, instant: "2025-11-18T10:30:00.000+03:30", hasTime: true });
    expect(plain(parseGregorianDate("2025-11-17T23:00-08:00"))).toEqual({ ok: true, instant: "2025-11-18T10:30:00.000+03:30", hasTime: true });
  });

  it("gives a 2022 summer wall-clock time Tehran's daylight-saving offset of +04:30", () => {
    expect(plain(parseGregorianDate("2022-07-01T09:00"))).toEqual({ ok: true, instant: "2022-07-01T09:00:00.000+04:30", hasTime: true });
  });

  it("gives a 2025 summer wall-clock time the standard offset of +03:30, daylight saving having ended in 2022", () => {
    expect(plain(parseGregorianDate("2025-07-01T09:00"))).toEqual({ ok: true, instant: "2025-07-01T09:00:00.000+03:30", hasTime: true });
  });

  it("reads a Gregorian date written in Persian digits", () => {
    expect(plain(parseGregorianDate("۲۰۲۵-۱۱-۱۸"))).toEqual({ ok: true, instant: "2025-11-18T00:00:00.000+03:30", hasTime: false });
  });

  it("ignores spaces around the text", () => {
    expect(plain(parseGregorianDate("  2025-11-18  "))).toEqual({ ok: true, instant: "2025-11-18T00:00:00.000+03:30", hasTime: false });
  });

  it("refuses a year between 1300 and 1499 as a Jalali date written in the wrong field", () => {
    expect(parseGregorianDate("1404-08-27")).toEqual({
      ok: false,
      message: '"1404-08-27" looks like a Jalali date: use `jdate` for Solar Hijri dates',
    });
    expect(parseGregorianDate("1300-01-01")).toEqual({
      ok: false,
      message: '"1300-01-01" looks like a Jalali date: use `jdate` for Solar Hijri dates',
    });
    expect(parseGregorianDate("1499-12-29")).toEqual({
      ok: false,
      message: '"1499-12-29" looks like a Jalali date: use `jdate` for Solar Hijri dates',
    });
  });

  it("accepts the years just outside the Jalali-looking range", () => {
    const day = (result: ReportDateResult) => (result.ok ? result.date.instant.toISODate() : result.message);
    expect(day(parseGregorianDate("1500-01-01"))).toBe("1500-01-01");
    expect(day(parseGregorianDate("1299-12-31"))).toBe("1299-12-31");
  });

  it("refuses 30 February 2025 as an impossible date", () => {
    expect(parseGregorianDate("2025-02-30")).toEqual({
      ok: false,
      message: '"2025-02-30" is not a real date: February 2025 has 28 days',
    });
  });

  it("refuses 29 February of a common year and accepts it in a leap year", () => {
    expect(parseGregorianDate("2025-02-29")).toEqual({
      ok: false,
      message: '"2025-02-29" is not a real date: February 2025 has 28 days',
    });
    expect(plain(parseGregorianDate("2024-02-29"))).toEqual({ ok: true, instant: "2024-02-29T00:00:00.000+03:30", hasTime: false });
  });

  it("follows the century rule: 2100 has no 29 February, 2000 had one", () => {
    expect(parseGregorianDate("2100-02-29")).toEqual({ ok: false, message: '"2100-02-29" is not a real date: February 2100 has 28 days' });
    expect(plain(parseGregorianDate("2000-02-29"))).toEqual({ ok: true, instant: "2000-02-29T00:00:00.000+03:30", hasTime: false });
  });

  it("refuses a 31st of April and a 13th month", () => {
    expect(parseGregorianDate("2025-04-31")).toEqual({ ok: false, message: '"2025-04-31" is not a real date: April 2025 has 30 days' });
    expect(parseGregorianDate("2025-13-01")).toEqual({ ok: false, message: '"2025-13-01" is not a real date: there is no month 13' });
  });

  it("refuses an hour or a minute that does not exist", () => {
    expect(parseGregorianDate("2025-11-18T25:00")).toEqual({
      ok: false,
      message: '"2025-11-18T25:00" is not a real time of day: expected hours 00–23 and minutes 00–59',
    });
    expect(parseGregorianDate("2025-11-18T10:60")).toEqual({
      ok: false,
      message: '"2025-11-18T10:60" is not a real time of day: expected hours 00–23 and minutes 00–59',
    });
  });

  it("refuses text that is not written as YYYY-MM-DD", () => {
    const message = "expected YYYY-MM-DD, optionally with a time (2025-11-18 or 2025-11-18T10:30)";
    expect(parseGregorianDate("18 November 2025")).toEqual({ ok: false, message: `"18 November 2025" is not a date: ${message}` });
    expect(parseGregorianDate("2025/11/18")).toEqual({ ok: false, message: `"2025/11/18" is not a date: ${message}` });
    expect(parseGregorianDate("2025-11-18T10:30:00.500Z")).toEqual({ ok: false, message: `"2025-11-18T10:30:00.500Z" is not a date: ${message}` });
  });
});

describe("parseJalaliDate", () => {
  it("reads 30 Esfand 1403, the leap day, as 20 March 2025", () => {
    expect(plain(parseJalaliDate("1403-12-30"))).toEqual({ ok: true, instant: "2025-03-20T00:00:00.000+03:30", hasTime: false });
  });

  it("reads 1 Farvardin 1404, Nowruz, as 21 March 2025", () => {
    expect(plain(parseJalaliDate("1404-01-01"))).toEqual({ ok: true, instant: "2025-03-21T00:00:00.000+03:30", hasTime: false });
  });

  it("refuses 30 Esfand 1404, which a common year does not have", () => {
    expect(parseJalaliDate("1404-12-30")).toEqual({ ok: false, message: '"1404-12-30" is not a real Jalali date: Esfand 1404 has 29 days' });
  });

  it("refuses a 32nd of Farvardin, a 31st of Mehr and a 13th month", () => {
    expect(parseJalaliDate("1404-01-32")).toEqual({ ok: false, message: '"1404-01-32" is not a real Jalali date: Farvardin 1404 has 31 days' });
    expect(parseJalaliDate("1404-07-31")).toEqual({ ok: false, message: '"1404-07-31" is not a real Jalali date: Mehr 1404 has 30 days' });
    expect(parseJalaliDate("1404-13-01")).toEqual({ ok: false, message: '"1404-13-01" is not a real Jalali date: there is no month 13' });
  });

  it("accepts the 31st of Shahrivar, the last 31-day month", () => {
    expect(plain(parseJalaliDate("1404-06-31"))).toEqual({ ok: true, instant: "2025-09-22T00:00:00.000+03:30", hasTime: false });
  });

  it("parses a Jalali date and time written in Persian digits with slashes", () => {
    expect(plain(parseJalaliDate("۱۴۰۴/۰۸/۲۷ ۱۰:۳۰"))).toEqual({ ok: true, instant: "2025-11-18T10:30:00.000+03:30", hasTime: true });
  });

  it("parses a Jalali date written in Arabic-Indic digits", () => {
    expect(plain(parseJalaliDate("١٤٠٤-٠٨-٢٧"))).toEqual({ ok: true, instant: "2025-11-18T00:00:00.000+03:30", hasTime: false });
  });

  it("accepts months and days without leading zeros and a one-digit hour", () => {
    expect(plain(parseJalaliDate("1404/8/27 9:05"))).toEqual({ ok: true, instant: "2025-11-18T09:05:00.000+03:30", hasTime: true });
  });

  it("gives a Jalali summer time of 1401 the daylight-saving offset of +04:30", () => {
    expect(plain(parseJalaliDate("1401-04-10 09:00"))).toEqual({ ok: true, instant: "2022-07-01T09:00:00.000+04:30", hasTime: true });
  });

  it("refuses a Gregorian year in a jdate field", () => {
    expect(parseJalaliDate("2025-11-18")).toEqual({
      ok: false,
      message: '"2025-11-18" has year 2025, which is not a Jalali year: use `date` for Gregorian dates',
    });
  });

  it("refuses a time of day that does not exist", () => {
    expect(parseJalaliDate("1404/08/27 25:00")).toEqual({
      ok: false,
      message: '"1404/08/27 25:00" is not a real time of day: expected hours 00–23 and minutes 00–59',
    });
  });

  it("refuses text that is not written as a Jalali date", () => {
    expect(parseJalaliDate("27 Aban 1404")).toEqual({
      ok: false,
      message:
        '"27 Aban 1404" is not a Jalali date: expected YYYY-MM-DD or YYYY/MM/DD, optionally with a time (1404-08-27 or 1404/08/27 10:30)',
    });
  });
});

