import { describe, expect, it } from "vitest";
import { parseGregorianDate, parseJalaliDate, type ReportDate, type ReportDateResult } from "../../src/dates/report-date.ts";
import { displayDates } from "../../src/site/display-dates.ts";

function dateOf(result: ReportDateResult): ReportDate {
  if (!result.ok) throw new Error(result.message);
  return result.date;
}

describe("displayDates", () => {
  it("puts the full Jalali date first and the short Gregorian date second on Persian pages", () => {
    expect(displayDates(dateOf(parseJalaliDate("1404-08-27")), "fa")).toEqual([
      { calendar: "jalali", datetime: "2025-11-18", text: "سه\u200cشنبه ۲۷ آبان ۱۴۰۴" },
      { calendar: "gregorian", datetime: "2025-11-18", text: "۱۸ نوامبر ۲۰۲۵" },
    ]);
  });

  it("puts the full Gregorian date first and the short Jalali date second on English pages", () => {
    expect(displayDates(dateOf(parseGregorianDate("2025-11-18")), "en")).toEqual([
      { calendar: "gregorian", datetime: "2025-11-18", text: "Tuesday 18 November 2025" },
      { calendar: "jalali", datetime: "2025-11-18", text: "27 Aban 1404" },
    ]);
  });

  it("adds the time to the first date only, and gives both the full datetime", () => {
    expect(displayDates(dateOf(parseGregorianDate("2025-11-18T10:30")), "fa")).toEqual([
      { calendar: "jalali", datetime: "2025-11-18T10:30:00+03:30", text: "سه\u200cشنبه ۲۷ آبان ۱۴۰۴ - ۱۰:۳۰" },
      { calendar: "gregorian", datetime: "2025-11-18T10:30:00+03:30", text: "۱۸ نوامبر ۲۰۲۵" },
    ]);
    expect(displayDates(dateOf(parseGregorianDate("2025-11-18T10:30")), "en")).toEqual([
      { calendar: "gregorian", datetime: "2025-11-18T10:30:00+03:30", text: "Tuesday 18 November 2025, 10:30 Tehran time" },
      { calendar: "jalali", datetime: "2025-11-18T10:30:00+03:30", text: "27 Aban 1404" },
    ]);
  });
});
