import { describe, expect, it } from "vitest";
import { queryTerms } from "../../src/search/search-terms.ts";
import { queryWord, termMatch, wordStarts } from "../../src/search/word-forms.ts";

const match = (query: string, term: string) => termMatch(queryWord(queryTerms(query)[0] ?? ""), queryTerms(term)[0] ?? "");

describe("queryWord and termMatch", () => {
  it("find the stem by a Persian plural or suffix form, and every form by the stem", () => {
    expect(["گزارش‌ها", "گزارش‌های", "وزیران", "تحقیقات", "ایرانی"].map((query) => queryWord(queryTerms(query)[0] ?? "").persianStems)).toEqual([
      ["گزارش"],
      ["گزارش"],
      ["وزیر"],
      ["تحقیق"],
      ["ایران"],
    ]);
    expect([match("گزارش‌ها", "گزارش"), match("وزیران", "وزیر"), match("وزیران", "وزیرها"), match("گزارش", "گزارش‌ها")]).toEqual([0.8, 0.8, 0.8, 0.5]);
  });

  it("do not take a word's own letters for an ending when too little would be left", () => {
    expect(queryWord("ایران").persianStems).toEqual([]);
    expect(match("ایران", "ایر")).toBe(0);
  });

  it("match the spelling variants of the curated table both ways, plural forms included", () => {
    expect(wordStarts(queryWord(queryTerms("اطاق‌ها")[0] ?? ""))).toEqual(["اطاقها", "اتاقها", "اطاق", "اتاق"]);
    expect([match("گفتگو", "گفت‌وگو"), match("گفت‌وگو", "گفتگو"), match("مسئول", "مسؤول"), match("هیئت", "هیأت")]).toEqual([1, 1, 1, 1]);
  });

  it("match English words by their Porter stem", () => {
    expect([match("meetings", "meeting"), match("ministers", "minister"), match("talked", "talks"), match("meetings", "met")]).toEqual([0.8, 0.8, 0.8, 0]);
    expect(queryWord("meetings").englishStem).toBe("meet");
  });

  it("give the whole word 1 and a longer word it starts 0.5", () => {
    expect([match("itu", "itu"), match("tajik", "tajikistan")]).toEqual([1, 0.5]);
  });
});
