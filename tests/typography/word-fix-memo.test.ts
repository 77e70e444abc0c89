import { describe, expect, it } from "vitest";
import { fixPersianText } from "../../src/typography/fix-persian-text.ts";
import { WordFixMemo } from "../../src/typography/word-fix-memo.ts";

describe("WordFixMemo", () => {
  it("asks for a word's fix once for each choice of joined spellings", () => {
    const memo = new WordFixMemo();
    const asked: string[] = [];
    const fix = (word: string) => () => (asked.push(word), `${word}!`);
    const answers = [
      memo.word("آنها", "keep", fix("آنها")),
      memo.word("آنها", "keep", fix("آنها")),
      memo.word("آنها", "restore", fix("آنها")),
    ];
    expect([answers, asked]).toEqual([["آنها!", "آنها!", "آنها!"], ["آنها", "آنها"]]);
  });

  it("asks for a word's readings once for each choice of joined spellings", () => {
    const memo = new WordFixMemo();
    let asked = 0;
    const read = () => (asked++, ["a", "b"]);
    expect([memo.readings("شاخهای", "keep", read), memo.readings("شاخهای", "keep", read), memo.readings("شاخهای", "restore", read), asked]).toEqual([
      ["a", "b"],
      ["a", "b"],
      ["a", "b"],
      2,
    ]);
  });

  it("remembers that two words stay apart as well as how they join, for each choice apart", () => {
    const memo = new WordFixMemo();
    let asked = 0;
    const apart = () => (asked++, undefined);
    expect([memo.pair("هم", "کار", "keep", apart), memo.pair("هم", "کار", "keep", apart), memo.pair("هم", "کار", "restore", apart), asked]).toEqual([
      undefined,
      undefined,
      undefined,
      2,
    ]);
  });

  it("gives fixPersianText the same results over many texts as a fresh memo for each", () => {
    const texts = ["همکاریهای منطقهای", "آنها میتوانند", "آنها می\u200cتوانند", "گزارش ها می شود", "کامیتها و تفاهمنامه", "آیت الله می شود", "آیت الله می\u200cشود"];
    const shared = new WordFixMemo();
    expect(texts.map((text) => fixPersianText(text, shared))).toEqual(texts.map((text) => fixPersianText(text)));
  });
});
