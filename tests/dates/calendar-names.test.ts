import { describe, expect, it } from "vitest";
import { GREGORIAN_MONTHS, JALALI_MONTHS, WEEKDAYS, monthName } from "../../src/dates/calendar-names.ts";

const ZWNJ = "\u200c";

describe("JALALI_MONTHS", () => {
  it("lists the contract's Persian Jalali months, Farvardin first", () => {
    expect(JALALI_MONTHS.fa.join(" ")).toBe("فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند");
  });

  it("lists the contract's English Jalali months", () => {
    expect(JALALI_MONTHS.en.join(" ")).toBe("Farvardin Ordibehesht Khordad Tir Mordad Shahrivar Mehr Aban Azar Dey Bahman Esfand");
  });
});

describe("GREGORIAN_MONTHS", () => {
  it("lists the contract's Persian Gregorian months, January first", () => {
    expect(GREGORIAN_MONTHS.fa.join(" ")).toBe("ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر");
  });

  it("lists the English Gregorian months", () => {
    expect(GREGORIAN_MONTHS.en.join(" ")).toBe("January February March April May June July August September October November December");
  });
});

describe("WEEKDAYS", () => {
  it("lists Persian weekdays Monday first, with ZWNJ in سه‌شنبه, پنج‌شنبه and یک‌شنبه", () => {
    expect(WEEKDAYS.fa).toEqual(["دوشنبه", `سه${ZWNJ}شنبه`, "چهارشنبه", `پنج${ZWNJ}شنبه`, "جمعه", "شنبه", `یک${ZWNJ}شنبه`]);
  });

  it("lists English weekdays Monday first", () => {
    expect(WEEKDAYS.en).toEqual(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);
  });
});

describe("monthName", () => {
  it("names month 8 of the Jalali calendar in English and Persian", () => {
    expect(monthName(JALALI_MONTHS, "en", 8)).toBe("Aban");
    expect(monthName(JALALI_MONTHS, "fa", 8)).toBe("آبان");
  });

  it("names the first and last Gregorian months in Persian", () => {
    expect(monthName(GREGORIAN_MONTHS, "fa", 1)).toBe("ژانویه");
    expect(monthName(GREGORIAN_MONTHS, "fa", 12)).toBe("دسامبر");
  });

  it("throws a RangeError for a month outside 1–12", () => {
    expect(() => monthName(JALALI_MONTHS, "fa", 0)).toThrow(new RangeError("month 0 is not 1–12"));
    expect(() => monthName(JALALI_MONTHS, "fa", 13)).toThrow(new RangeError("month 13 is not 1–12"));
  });
});
