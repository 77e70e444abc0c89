import { describe, expect, it } from "vitest";
import { splitFrontmatter } from "../../src/content/frontmatter.ts";
import { indexTerms } from "../../src/search/search-terms.ts";
import { TermDictionary } from "../../src/search/term-dictionary.ts";
import { sampleAndGeneratedReports } from "../helpers/generated-reports.ts";

/** The terms of a text as the dictionary finds them, by their strings. */
function termsOf(dictionary: TermDictionary, text: string): string[] {
  const terms: string[] = [];
  dictionary.forEachTermId(text, (id) => terms.push(dictionary.term(id)));
  return terms;
}

describe("TermDictionary", () => {
  it("numbers each distinct term once, in the order first seen", () => {
    const dictionary = new TermDictionary();
    const ids: number[] = [];
    dictionary.forEachTermId("ITU itu Baku ITU", (id) => ids.push(id));
    expect([ids, dictionary.size, dictionary.term(0), dictionary.term(1)]).toEqual([[0, 0, 1, 0], 2, "itu", "baku"]);
  });

  it("finds a compound whole and by its parts, and the same term however its letters are written", () => {
    const dictionary = new TermDictionary();
    expect(termsOf(dictionary, "همکاری\u200cهای همكاريهاي ۱۴۰۴")).toEqual(["همکاریهای", "همکاری", "های", "همکاریهای", "1404"]);
    expect(dictionary.size).toBe(4);
  });

  it("gives a term as a string the same number as in a text", () => {
    const dictionary = new TermDictionary();
    dictionary.forEachTermId("WTDC-25 in Baku", () => undefined);
    expect([dictionary.idOfTerm("baku"), dictionary.idOfTerm("wtdc"), dictionary.idOfTerm("geneva"), dictionary.size]).toEqual([3, 0, 4, 5]);
  });

  /** Texts where reading characters one by one could part from folding the whole text first. */
  const TRICKY = [
    "همکاری\u200cهای بین\u200cالمللی",
    "ITU's WTDC-25, in Baku (2025).",
    "x\u{1d49c}y ITU\u{1f642}Baku",
    " — « » ",
    "\u200cab\u200c\u200ccd\u200c e\u200cf \u200c",
    "مُحَمَّد\u200eـ\u200fهمکاری\u200cها \u064b\u064bاب",
    "ΟΔΟΣ ΣΑΣ σας",
    "İstanbul DİYARBAKIR",
    "Ａｂｃ ＩＴＵ ½ ² Ⅻ",
    "ي ك ة ۀ أ إ ٱ ؤ: يك كة ٠١٢٣ ۴۵۶",
    "",
  ];

  it("finds the terms indexTerms finds in every tricky text", () => {
    const dictionary = new TermDictionary();
    for (const text of TRICKY) expect(termsOf(dictionary, text)).toEqual(indexTerms(text));
  });

  it("finds the terms indexTerms finds beside and around every character of the Basic Multilingual Plane", () => {
    const dictionary = new TermDictionary();
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const text = `ab${String.fromCharCode(code)}cd ${String.fromCharCode(code)}x`;
      if (JSON.stringify(termsOf(dictionary, text)) !== JSON.stringify(indexTerms(text))) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it("reads a word of 300,000 letters, however many arguments a call may take", () => {
    const text = `کلمه ${"آ".repeat(150_000)}\u200c${"B".repeat(150_000)} پایان`;
    const terms = termsOf(new TermDictionary(), text);
    expect(terms).toEqual(indexTerms(text));
    expect(terms.map((term) => term.length)).toEqual([4, 300_000, 150_000, 150_000, 5]);
  });

  it("finds the terms indexTerms finds in every sample report and in a generated archive", () => {
    const reports = sampleAndGeneratedReports(20);
    expect(reports.length).toBe(55);
    const dictionary = new TermDictionary();
    for (const report of reports) {
      const body = splitFrontmatter(report.text)?.body ?? "";
      expect(termsOf(dictionary, body)).toEqual(indexTerms(body));
    }
  });
});
