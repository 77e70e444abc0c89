import { describe, expect, it } from "vitest";
import { foldForSearch, indexTerms, queryTerms, shardOf } from "../../src/search/search-terms.ts";
import { repairSearchQuery } from "../../src/typography/repair-search-query.ts";

describe("foldForSearch", () => {
  it("writes Arabic yeh, alef maksura and kaf as Persian yeh and keheh", () => {
    expect(foldForSearch("همكاري مصطفى")).toBe("همکاری مصطفی");
  });

  it("writes alef with madda or hamza as alef, yeh with hamza as yeh, and drops the lone hamza", () => {
    expect(foldForSearch("آذربایجان رئیس أمن إسلام اجزاء")).toBe("اذربایجان رییس امن اسلام اجزا");
  });

  it("writes Persian and Arabic-Indic digits as ASCII digits", () => {
    expect(foldForSearch("۱۴۰۴ و ٢٠٢٥")).toBe("1404 و 2025");
  });

  it("drops vowel signs, tatweel, LRM and RLM, and keeps the ZWNJ", () => {
    expect(foldForSearch("مُحَمَّد\u200eـ\u200fهمکاری\u200cها")).toBe("محمدهمکاری\u200cها");
  });

  it("lowers the case of Latin letters", () => {
    expect(foldForSearch("WTDC-25 ITU")).toBe("wtdc-25 itu");
  });
});

describe("indexTerms", () => {
  it("indexes a ZWNJ compound whole, without its ZWNJ, and by each of its parts", () => {
    expect(indexTerms("همکاری\u200cهای بین\u200cالمللی")).toEqual(["همکاریهای", "همکاری", "های", "بینالمللی", "بین", "المللی"]);
  });

  it("splits on punctuation and leaves out words of one letter", () => {
    expect(indexTerms("ITU's WTDC-25, in Baku (2025).")).toEqual(["itu", "wtdc", "25", "in", "baku", "2025"]);
  });

  it("reads letters outside the Basic Multilingual Plane as letters, and an emoji as a separator", () => {
    expect(indexTerms("x\u{1d49c}y ITU\u{1f642}Baku")).toEqual(["x\u{1d49c}y", "itu", "baku"]);
  });

  it("gives nothing for text without letters or digits", () => {
    expect(indexTerms(" — « » ")).toEqual([]);
  });
});

describe("queryTerms", () => {
  it("joins a compound's parts as the index does, and drops repeated words", () => {
    expect(queryTerms("همكاري‌هاي  همکاریهای 1404")).toEqual(["همکاریهای", "1404"]);
  });

  it("joins a plural ending or می typed with a space to its word, as if typed with a ZWNJ", () => {
    expect(queryTerms("گزارش ها  می خواهم")).toEqual(["گزارشها", "میخواهم"]);
  });

  it("gives the terms of the query check --fix's repairSearchQuery repairs, for endings and می typed apart and for fused letters", () => {
    // The page cannot run repairSearchQuery (it reads a 773,000-word list from disk); for these
    // queries its own joining and folding come to the same terms, which are the index's.
    for (const query of ["گزارش ها", "کابل های", "می شود", "نمی تواند", "بزرگ ترین", "همكاريهاي", "گزارش ها می شود ITU 2025"]) {
      expect(queryTerms(query), query).toEqual(queryTerms(repairSearchQuery(query)));
    }
  });

  it("keeps apart two words that repairSearchQuery would join into one compound (بین المللی): each must be in the report", () => {
    expect(queryTerms("بین المللی")).toEqual(["بین", "المللی"]);
    expect(queryTerms(repairSearchQuery("بین المللی"))).toEqual(["بینالمللی"]);
    // The index keeps a compound's parts as terms too, so the report of بین‌المللی is found either way.
    expect(indexTerms("بین\u200cالمللی")).toEqual(["بینالمللی", "بین", "المللی"]);
  });

  it("gives no terms for a query of single letters and spaces", () => {
    expect(queryTerms("  a و  ")).toEqual([]);
  });
});

describe("shardOf", () => {
  it("names a term's file by its first two code points in hexadecimal", () => {
    expect(shardOf("itu")).toBe("69-74");
    expect(shardOf("همکاری")).toBe("647-645");
    expect(shardOf("1404")).toBe("31-34");
  });
});
