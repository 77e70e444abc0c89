import { describe, expect, it } from "vitest";
import { COUNT_STRINGS, STRINGS, countText, isMessageKey, localNumber, reportCountText, translate, translateWith, type MessageKey } from "../../src/i18n/strings.ts";

const ZWNJ = "\u200c";
const KEYS = Object.keys(STRINGS) as MessageKey[];

describe("STRINGS", () => {
  it("has a non-empty Persian and English text for every message", () => {
    const empty = KEYS.filter((key) => STRINGS[key].fa.trim() === "" || STRINGS[key].en.trim() === "");
    expect(empty).toEqual([]);
  });

  it("has exactly the two languages for every message", () => {
    const odd = KEYS.filter((key) => Object.keys(STRINGS[key]).sort().join(",") !== "en,fa");
    expect(odd).toEqual([]);
  });

  it("writes no Latin letters in Persian messages", () => {
    const latin = KEYS.filter((key) => /[A-Za-z]/.test(STRINGS[key].fa.replace(/\{\w+\}/g, "")));
    expect(latin).toEqual([]);
  });

  it("writes no Arabic yeh (ي) or kaf (ك) in Persian messages", () => {
    const arabic = KEYS.filter((key) => /[يك]/.test(STRINGS[key].fa));
    expect(arabic).toEqual([]);
  });

  it("uses the same {placeholders} in both languages of a message", () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join(",");
    const mismatched = KEYS.filter((key) => placeholders(STRINGS[key].fa) !== placeholders(STRINGS[key].en));
    expect(mismatched).toEqual([]);
  });
});

describe("translate", () => {
  it("gives a message in English and in Persian", () => {
    expect(translate("home", "en")).toBe("Home");
    expect(translate("home", "fa")).toBe("صفحهٔ اصلی");
  });

  it("keeps the ZWNJ of a Persian message", () => {
    expect(translate("latestReports", "fa")).toBe(`تازه${ZWNJ}ترین گزارش${ZWNJ}ها`);
  });
});

describe("translateWith", () => {
  it("fills placeholders and writes numbers in Persian digits on Persian pages", () => {
    expect(translateWith("pageOf", "fa", { page: 2, pages: 15 })).toBe("صفحهٔ ۲ از ۱۵");
  });

  it("fills placeholders with ASCII digits on English pages", () => {
    expect(translateWith("pageOf", "en", { page: 2, pages: 15 })).toBe("Page 2 of 15");
  });

  it("puts text values in as they are", () => {
    expect(translateWith("reportsOf", "en", { name: "ITU 2025" })).toBe("Reports: ITU 2025");
  });

  it("leaves a placeholder without a value as it is", () => {
    expect(translateWith("pageOf", "en", { page: 1 })).toBe("Page 1 of {pages}");
  });
});

describe("reportCountText", () => {
  it("counts reports in Persian digits on Persian pages", () => {
    expect(reportCountText(3, "fa")).toBe("۳ گزارش");
    expect(reportCountText(1404, "fa")).toBe("۱۴۰۴ گزارش");
  });

  it("uses the singular for one report in English", () => {
    expect(reportCountText(1, "en")).toBe("1 report");
    expect(reportCountText(1, "fa")).toBe("۱ گزارش");
  });

  it("uses the plural for none and for many in English", () => {
    expect(reportCountText(0, "en")).toBe("0 reports");
    expect(reportCountText(12, "en")).toBe("12 reports");
  });
});

describe("localNumber", () => {
  it("writes a number in the page language's digits", () => {
    expect(localNumber(1404, "fa")).toBe("۱۴۰۴");
    expect(localNumber(1404, "en")).toBe("1404");
  });
});

describe("isMessageKey", () => {
  it("accepts a message name", () => {
    expect(isMessageKey("home")).toBe(true);
  });

  it("refuses an unknown name and names inherited from Object", () => {
    expect(isMessageKey("homepage")).toBe(false);
    expect(isMessageKey("toString")).toBe(false);
    expect(isMessageKey("__proto__")).toBe(false);
  });
});

describe("countText", () => {
  it("puts an English noun in the singular for one and in the plural for any other number", () => {
    expect([0, 1, 2, 21].map((count) => countText("searchResultCount", count, "en"))).toEqual(["0 results", "1 result", "2 results", "21 results"]);
  });

  it("keeps a Persian noun in the singular after every number, in Persian digits", () => {
    expect([1, 2, 1404].map((count) => countText("searchResultCount", count, "fa"))).toEqual(["۱ نتیجه", "۲ نتیجه", "۱۴۰۴ نتیجه"]);
  });

  it("has every counting message in both forms of both languages, each with the number in it", () => {
    for (const forms of Object.values(COUNT_STRINGS).flatMap((message) => Object.values(message))) {
      expect([forms.one.includes("{count}"), forms.other.includes("{count}")]).toEqual([true, true]);
    }
  });
});
