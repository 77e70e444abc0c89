import { describe, expect, it } from "vitest";
import { LANGS, LOCALES, isLang, otherLang } from "../../src/i18n/locales.ts";

describe("LOCALES", () => {
  it("makes Persian right-to-left, fa_IR, Jalali first", () => {
    expect(LOCALES.fa).toEqual({
      lang: "fa",
      dir: "rtl",
      ogLocale: "fa_IR",
      primaryCalendar: "jalali",
      nativeName: "فارسی",
      englishName: "Persian",
    });
  });

  it("makes English left-to-right, en_US, Gregorian first", () => {
    expect(LOCALES.en).toEqual({
      lang: "en",
      dir: "ltr",
      ogLocale: "en_US",
      primaryCalendar: "gregorian",
      nativeName: "English",
      englishName: "English",
    });
  });
});

describe("LANGS", () => {
  it("lists Persian first, then English", () => {
    expect(LANGS).toEqual(["fa", "en"]);
  });
});

describe("otherLang", () => {
  it("gives the other language of the pair", () => {
    expect(otherLang("fa")).toBe("en");
    expect(otherLang("en")).toBe("fa");
  });
});

describe("isLang", () => {
  it("accepts fa and en only", () => {
    expect(["fa", "en", "FA", "ar", "", undefined, 1].map(isLang)).toEqual([true, true, false, false, false, false, false]);
  });
});
