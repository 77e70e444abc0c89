import { describe, expect, it } from "vitest";
import { fixPersianText } from "../../src/typography/fix-persian-text.ts";
import { knownSpellingsIn, NO_KNOWN_SPELLINGS } from "../../src/typography/known-spellings.ts";
import { WordFixMemo } from "../../src/typography/word-fix-memo.ts";

const Z = "\u200c";

describe("knownSpellingsIn", () => {
  it("keeps each word with a ZWNJ by its letters, Arabic ي and ك read as Persian", () => {
    const known = knownSpellingsIn([`name: عيسي زارع${Z}پور`, `role: وزير ارتباطات و حمل${Z}ونقل`]);
    expect([...known]).toEqual([
      ["زارعپور", `زارع${Z}پور`],
      ["حملونقل", `حمل${Z}ونقل`],
    ]);
  });

  it("leaves out a word in ای or های, which may be another word elsewhere, and letters spelled two ways", () => {
    const known = knownSpellingsIn([`نامه${Z}ای و گزارش${Z}های`, `شبه${Z}جزیره`, `شبه${Z}جزیره و شبهج${Z}زیره`]);
    expect([...known]).toEqual([]);
  });
});

describe("fixPersianText with a site's known spellings", () => {
  const known = knownSpellingsIn([`name: عیسی زارع${Z}پور`]);

  it("writes a name the site knows, fused or spaced, as the site does", () => {
    expect(fixPersianText("وزیر زارعپور و زارع پور گفتند", new WordFixMemo(), known).text).toBe(`وزیر زارع${Z}پور و زارع${Z}پور گفتند`);
  });

  it("leaves the same letters as written without them, as no rule can tell a surname", () => {
    expect(fixPersianText("وزیر زارعپور و زارع پور گفتند", new WordFixMemo(), NO_KNOWN_SPELLINGS).changes).toEqual([]);
  });

  it("never moves a ZWNJ a writer put elsewhere in the name", () => {
    expect(fixPersianText(`زار${Z}عپور`, new WordFixMemo(), known).text).toBe(`زار${Z}عپور`);
  });
});
