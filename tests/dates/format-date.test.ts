import { describe, expect, it } from "vitest";
import {
  datetimeAttribute,
  formatGregorianDate,
  formatJalaliDate,
  gregorianDay,
  jalaliDay,
  rfc3339,
} from "../../src/dates/format-date.ts";
import { parseGregorianDate, parseJalaliDate, type ReportDate } from "../../src/dates/report-date.ts";

const ZWNJ = "\u200c";

function gregorian(text: string): ReportDate {
  const result = parseGregorianDate(text);
  if (!result.ok) throw new Error(result.message);
  return result.date;
}

function jalali(text: string): ReportDate {
  const result = parseJalaliDate(text);
  if (!result.ok) throw new Error(result.message);
  return result.date;
}

/** Runs `action` with `process.env.TZ` set to `zone`, restoring the original afterwards. */
function withMachineZone<T>(zone: string, action: () => T): T {
  const original = process.env.TZ;
  try {
    process.env.TZ = zone;
    return action();
  } finally {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  }
}

describe("formatJalaliDate", () => {
  it("writes a Persian full Jalali date as weekday, day, month and year in Persian digits", () => {
    expect(formatJalaliDate(gregorian("2025-11-18"), { lang: "fa", style: "full" })).toBe(`سه${ZWNJ}شنبه ۲۷ آبان ۱۴۰۴`);
  });

  it("adds the time after a dash when the author gave one", () => {
    expect(formatJalaliDate(jalali("1404-08-27 10:30"), { lang: "fa", style: "full" })).toBe(`سه${ZWNJ}شنبه ۲۷ آبان ۱۴۰۴ - ۱۰:۳۰`);
  });

  it("formats a jdate written in Persian digits the same as one in ASCII digits", () => {
    expect(formatJalaliDate(jalali("۱۴۰۴/۰۸/۲۷ ۱۰:۳۰"), { lang: "fa", style: "full" })).toBe(`سه${ZWNJ}شنبه ۲۷ آبان ۱۴۰۴ - ۱۰:۳۰`);
  });

  it("writes the Persian short Jalali date without a weekday or a time", () => {
    expect(formatJalaliDate(jalali("1404-08-27 10:30"), { lang: "fa", style: "short" })).toBe("۲۷ آبان ۱۴۰۴");
  });

  it("writes the English short Jalali date with the month's English name", () => {
    expect(formatJalaliDate(gregorian("2025-11-18T10:30"), { lang: "en", style: "short" })).toBe("27 Aban 1404");
  });

  it("writes the English full Jalali date with the weekday and Tehran time", () => {
    expect(formatJalaliDate(gregorian("2025-11-18T10:30"), { lang: "en", style: "full" })).toBe("Tuesday 27 Aban 1404, 10:30 Tehran time");
  });

  it("spells Thursday پنج‌شنبه with its ZWNJ", () => {
    expect(formatJalaliDate(gregorian("2025-05-22"), { lang: "fa", style: "full" })).toBe(`پنج${ZWNJ}شنبه ۱ خرداد ۱۴۰۴`);
  });

  it("names every weekday of a Tehran week in Persian, ZWNJ included", () => {
    const week = ["15", "16", "17", "18", "19", "20", "21"].map((day) =>
      formatJalaliDate(gregorian(`2025-11-${day}`), { lang: "fa", style: "full" }),
    );
    expect(week).toEqual([
      "شنبه ۲۴ آبان ۱۴۰۴",
      `یک${ZWNJ}شنبه ۲۵ آبان ۱۴۰۴`,
      "دوشنبه ۲۶ آبان ۱۴۰۴",
      `سه${ZWNJ}شنبه ۲۷ آبان ۱۴۰۴`,
      "چهارشنبه ۲۸ آبان ۱۴۰۴",
      `پنج${ZWNJ}شنبه ۲۹ آبان ۱۴۰۴`,
      "جمعه ۳۰ آبان ۱۴۰۴",
    ]);
  });

  it("shows 20:30 UTC on 20 March 2025 as Nowruz, 1 Farvardin 1404, at midnight in Tehran", () => {
    expect(formatJalaliDate(gregorian("2025-03-20T20:30Z"), { lang: "fa", style: "full" })).toBe("جمعه ۱ فروردین ۱۴۰۴ - ۰۰:۰۰");
  });

  it("shows one minute earlier as the last day of the leap year 1403", () => {
    expect(formatJalaliDate(gregorian("2025-03-20T20:29Z"), { lang: "fa", style: "full" })).toBe(`پنج${ZWNJ}شنبه ۳۰ اسفند ۱۴۰۳ - ۲۳:۵۹`);
  });
});

describe("formatGregorianDate", () => {
  it("writes the Persian short Gregorian date with the Persian month name and digits", () => {
    expect(formatGregorianDate(jalali("1404-08-27 10:30"), { lang: "fa", style: "short" })).toBe("۱۸ نوامبر ۲۰۲۵");
  });

  it("writes the English full Gregorian date with the weekday", () => {
    expect(formatGregorianDate(gregorian("2025-11-18"), { lang: "en", style: "full" })).toBe("Tuesday 18 November 2025");
  });

  it("adds the time as Tehran time to the English full Gregorian date", () => {
    expect(formatGregorianDate(gregorian("2025-11-18T10:30"), { lang: "en", style: "full" })).toBe("Tuesday 18 November 2025, 10:30 Tehran time");
  });

  it("writes the English short Gregorian date without a weekday", () => {
    expect(formatGregorianDate(gregorian("2025-11-18T10:30"), { lang: "en", style: "short" })).toBe("18 November 2025");
  });

  it("writes the Persian full Gregorian date with the Persian weekday and time", () => {
    expect(formatGregorianDate(gregorian("2025-11-18T10:30"), { lang: "fa", style: "full" })).toBe(`سه${ZWNJ}شنبه ۱۸ نوامبر ۲۰۲۵ - ۱۰:۳۰`);
  });

  it("writes the Tehran day, not the UTC day, of an instant given in UTC", () => {
    expect(formatGregorianDate(gregorian("2025-03-20T20:30Z"), { lang: "en", style: "full" })).toBe("Friday 21 March 2025, 00:00 Tehran time");
  });
});

describe("jalaliDay and gregorianDay", () => {
  it("give Tehran's calendar day of an instant at 20:30 UTC on 20 March 2025", () => {
    const date = gregorian("2025-03-20T20:30Z");
    expect(jalaliDay(date)).toEqual({ year: 1404, month: 1, day: 1 });
    expect(gregorianDay(date)).toEqual({ year: 2025, month: 3, day: 21 });
  });

  it("give 30 Esfand 1403 for 20 March 2025", () => {
    const date = jalali("1403-12-30");
    expect(jalaliDay(date)).toEqual({ year: 1403, month: 12, day: 30 });
    expect(gregorianDay(date)).toEqual({ year: 2025, month: 3, day: 20 });
  });
});

describe("datetimeAttribute", () => {
  it("is the day alone for a date without a time", () => {
    expect(datetimeAttribute(gregorian("2025-11-18"))).toBe("2025-11-18");
  });

  it("is the full ISO form with Tehran's offset for a date with a time", () => {
    expect(datetimeAttribute(gregorian("2025-11-18T10:30"))).toBe("2025-11-18T10:30:00+03:30");
  });

  it("gives a 2022 summer time the +04:30 offset Tehran had then", () => {
    expect(datetimeAttribute(gregorian("2022-07-01T09:00"))).toBe("2022-07-01T09:00:00+04:30");
  });

  it("gives a 2025 summer time the +03:30 offset", () => {
    expect(datetimeAttribute(gregorian("2025-07-01T09:00"))).toBe("2025-07-01T09:00:00+03:30");
  });

  it("writes an instant given in UTC in Tehran's time", () => {
    expect(datetimeAttribute(gregorian("2025-03-20T20:30Z"))).toBe("2025-03-21T00:00:00+03:30");
  });
});

describe("rfc3339", () => {
  it("writes a bare day as its Tehran midnight", () => {
    expect(rfc3339(gregorian("2025-11-18"))).toBe("2025-11-18T00:00:00+03:30");
  });

  it("writes a date with a time with Tehran's offset", () => {
    expect(rfc3339(jalali("1404-08-27 10:30"))).toBe("2025-11-18T10:30:00+03:30");
  });
});

describe("date parsing and formatting under the machine's time zone", () => {
  it("gives the same text whatever TZ the machine runs in", () => {
    const render = () => {
      const nowruz = gregorian("2025-03-20T20:30Z");
      const aban = jalali("۱۴۰۴/۰۸/۲۷ ۱۰:۳۰");
      const summer = gregorian("2022-07-01T09:00");
      const bareDay = gregorian("2025-11-18");
      return [
        formatJalaliDate(nowruz, { lang: "fa", style: "full" }),
        formatGregorianDate(nowruz, { lang: "en", style: "full" }),
        formatJalaliDate(aban, { lang: "fa", style: "full" }),
        formatGregorianDate(aban, { lang: "fa", style: "short" }),
        formatGregorianDate(aban, { lang: "en", style: "full" }),
        formatJalaliDate(aban, { lang: "en", style: "short" }),
        datetimeAttribute(summer),
        datetimeAttribute(bareDay),
        rfc3339(bareDay),
      ];
    };
    const expected = [
      "جمعه ۱ فروردین ۱۴۰۴ - ۰۰:۰۰",
      "Friday 21 March 2025, 00:00 Tehran time",
      `سه${ZWNJ}شنبه ۲۷ آبان ۱۴۰۴ - ۱۰:۳۰`,
      "۱۸ نوامبر ۲۰۲۵",
      "Tuesday 18 November 2025, 10:30 Tehran time",
      "27 Aban 1404",
      "2022-07-01T09:00:00+04:30",
      "2025-11-18",
      "2025-11-18T00:00:00+03:30",
    ];
    // The machine's own clock reading of 2025-01-01T00:00Z shows that each TZ really took effect.
    const machineHour = () => new Date(Date.UTC(2025, 0, 1, 0, 0)).getHours();
    const zones = { UTC: 0, "Asia/Tehran": 3, "America/Los_Angeles": 16, "Pacific/Kiritimati": 14 };
    for (const [zone, hour] of Object.entries(zones)) {
      expect(withMachineZone(zone, () => ({ zone, hour: machineHour(), output: render() }))).toEqual({ zone, hour, output: expected });
    }
  });

  it("restores the machine's TZ after the loop", () => {
    expect(process.env.TZ).toBe("America/Los_Angeles");
  });
});
