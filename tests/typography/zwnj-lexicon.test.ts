import { describe, expect, it } from "vitest";
import { fixPersianText } from "../../src/typography/fix-persian-text.ts";
import { restoreZwnj } from "../../src/typography/restore-zwnj.ts";
import { isLexiconStem, lexiconZwnjSpelling } from "../../src/typography/zwnj-lexicon.ts";

const Z = "\u200c";

describe("lexiconZwnjSpelling", () => {
  it("gives the Lilak dictionary's ZWNJ spelling of the letters of a compound or a plural", () => {
    expect(["تخممرغ", "سیستمعامل", "همهجا", "آنها"].map(lexiconZwnjSpelling)).toEqual([`تخم${Z}مرغ`, `سیستم${Z}عامل`, `همه${Z}جا`, `آن${Z}ها`]);
  });

  it("leaves verb forms in می to the verb rules: میراند may be میراند, \"makes die\"", () => {
    expect(["میگذاشتی", "میراند", "برمیگردد"].map(lexiconZwnjSpelling)).toEqual([undefined, undefined, undefined]);
  });

  it("gives nothing for a word the dictionary writes without a ZWNJ", () => {
    expect(["کتاب", "همگرایی", "میزبانی"].map(lexiconZwnjSpelling)).toEqual([undefined, undefined, undefined]);
  });
});

describe("isLexiconStem", () => {
  it("knows the words the dictionary lists alone, and not the halves of its ZWNJ compounds", () => {
    expect(["روز", "دنبال", "روزرسانی", "زبانان"].map(isLexiconStem)).toEqual([true, true, false, false]);
  });
});

describe("restoreZwnj with the dictionary's ZWNJ spellings", () => {
  it("restores a compound the word list lacks joined, and its plural", () => {
    expect(["تخممرغ", "تخممرغها", "سیستمعامل", "پیشفرضهای"].map((word) => restoreZwnj(word, "restore"))).toEqual([
      `تخم${Z}مرغ`,
      `تخم${Z}مرغ${Z}ها`,
      `سیستم${Z}عامل`,
      `پیش${Z}فرض${Z}های`,
    ]);
  });

  it("restores such a compound with its ezafe or indefinite ی, یی after a long vowel", () => {
    expect(["گفتوگویی", "گفتوگوی", "اشکالزدایی", "سیستمعاملی"].map((word) => restoreZwnj(word))).toEqual([
      `گفت${Z}وگویی`,
      `گفت${Z}وگوی`,
      `اشکال${Z}زدایی`,
      `سیستم${Z}عاملی`,
    ]);
  });

  it("leaves a compound the word list has joined too, as it is also written: اینجا, نگهداری, کتابخانه", () => {
    expect(["اینجا", "نگهداری", "کتابخانه"].map((word) => restoreZwnj(word, "restore"))).toEqual(["اینجا", "نگهداری", "کتابخانه"]);
  });

  it("joins no two free words the dictionary writes as one, when a space keeps them apart", () => {
    expect(fixPersianText("همه چیز قابل دسترسی است و می شود").text).toBe(`همه چیز قابل دسترسی است و می${Z}شود`);
  });
});
