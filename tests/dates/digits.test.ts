import { describe, expect, it } from "vitest";
import { toAsciiDigits, toPersianDigits } from "../../src/dates/digits.ts";

describe("toPersianDigits", () => {
  it("writes every ASCII digit as its Persian digit", () => {
    expect(toPersianDigits("0123456789")).toBe("۰۱۲۳۴۵۶۷۸۹");
  });

  it("writes Arabic-Indic digits as Persian digits", () => {
    expect(toPersianDigits("٠١٢٣٤٥٦٧٨٩")).toBe("۰۱۲۳۴۵۶۷۸۹");
  });

  it("keeps every character that is not a digit", () => {
    expect(toPersianDigits("27 Aban 1404, 10:30")).toBe("۲۷ Aban ۱۴۰۴, ۱۰:۳۰");
  });

  it("leaves Persian digits as they are", () => {
    expect(toPersianDigits("۱۴۰۴/۰۸/۲۷")).toBe("۱۴۰۴/۰۸/۲۷");
  });

  it("returns an empty text unchanged", () => {
    expect(toPersianDigits("")).toBe("");
  });
});

describe("toAsciiDigits", () => {
  it("writes every Persian digit as its ASCII digit", () => {
    expect(toAsciiDigits("۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789");
  });

  it("writes Arabic-Indic digits as ASCII digits", () => {
    expect(toAsciiDigits("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789");
  });

  it("keeps the separators of a Jalali date and time", () => {
    expect(toAsciiDigits("۱۴۰۴/۰۸/۲۷ ۱۰:۳۰")).toBe("1404/08/27 10:30");
  });

  it("leaves ASCII digits and Persian letters as they are", () => {
    expect(toAsciiDigits("آبان 1404")).toBe("آبان 1404");
  });

  it("undoes toPersianDigits", () => {
    expect(toAsciiDigits(toPersianDigits("2025-11-18T10:30"))).toBe("2025-11-18T10:30");
  });
});
