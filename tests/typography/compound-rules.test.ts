/**
 * The rules for fused compounds and their look-alikes, each on words of its own: none is taken
 * from the held-out texts, so those keep measuring rules they did not shape.
 */
import { describe, expect, it } from "vitest";
import { joinWordPair } from "../../src/typography/join-word-pair.ts";
import { restoreZwnj } from "../../src/typography/restore-zwnj.ts";

const Z = "\u200c";

/** Each bare word mapped through restoreZwnj, as from a text that lost its ZWNJs. */
const restoreAll = (words: readonly string[]): string[] => words.map((word) => restoreZwnj(word, "restore"));

describe("restoreZwnj: a word in silent ه fused to the next word", () => {
  it("puts the ZWNJ after the ه when the next part is a listed word", () => {
    expect(restoreAll(["ذخیرهشده", "همهگیر", "تازهوارد"])).toEqual([`ذخیره${Z}شده`, `همه${Z}گیر`, `تازه${Z}وارد`]);
  });

  it("spells the second part as a word of its own, suffixes included", () => {
    expect(restoreZwnj("سرمایهگذاریها")).toBe(`سرمایه${Z}گذاری${Z}ها`);
  });

  it("leaves ه before ا, which reads as the plural ها", () => {
    expect(restoreZwnj("همینهاست")).toBe("همینهاست");
  });

  it("reads the agent noun دهنده as a bound part, though نشانده and ندهی also meet in نشاندهندهی", () => {
    // Of the two cuts, only the bound part gives a word: نشان‌دهنده, then its ezafe ی.
    expect(restoreZwnj("نشاندهندهی")).toBe(`نشان${Z}دهنده${Z}ی`);
  });

  it("writes همهجا as the dictionary does, همه‌جا, never as the prefix هم before هجا", () => {
    expect(restoreZwnj("همهجا")).toBe(`همه${Z}جا`);
  });
});

describe("restoreZwnj: a compound part or light verb fused to the word before", () => {
  it("puts the ZWNJ before a part that is no word alone", () => {
    expect(restoreAll(["آلودگیزا", "سرطانزا", "داستاننویسان"])).toEqual([`آلودگی${Z}زا`, `سرطان${Z}زا`, `داستان${Z}نویسان`]);
  });

  it("puts the ZWNJ before شده, نشده and the other light verb forms", () => {
    expect(restoreAll(["حذفشده", "ثبتنشده", "تمامشده"])).toEqual([`حذف${Z}شده`, `ثبت${Z}نشده`, `تمام${Z}شده`]);
  });

  it("leaves مند after a consonant joined, as the list has it", () => {
    expect(restoreZwnj("ثروتمندی")).toBe("ثروتمندی");
  });
});

describe("restoreZwnj: the Arabic article ال inside a compound", () => {
  it("puts the ZWNJ before ال after a word in a joining letter", () => {
    expect(restoreAll(["حقالزحمه", "حقالتدریس", "حسبالامر"])).toEqual([`حق${Z}الزحمه`, `حق${Z}التدریس`, `حسب${Z}الامر`]);
  });

  it("leaves a listed word and one whose ال part is no listed word", () => {
    expect(restoreAll(["کمالات", "شمالغربی"])).toEqual(["کمالات", "شمالغربی"]);
  });

  it("never takes the article for the word before it: الالباب is no ال + الباب", () => {
    expect(restoreAll(["الالباب"])).toEqual(["الالباب"]);
  });
});

describe("restoreZwnj: ترند and اند", () => {
  it("splits ترند, the comparative with 'they are', from an adjective", () => {
    expect(restoreAll(["ارزانترند", "سادهترند"])).toEqual([`ارزان${Z}ترند`, `ساده${Z}ترند`]);
  });

  it("splits اند after a consonant, 'they are'", () => {
    expect(restoreAll(["مخالفاند", "موفقاند"])).toEqual([`مخالف${Z}اند`, `موفق${Z}اند`]);
  });

  it("leaves verbs whose stem ends in اند", () => {
    expect(restoreAll(["بچسباند", "نرساند", "برگرداند"])).toEqual(["بچسباند", "نرساند", "برگرداند"]);
  });
});

describe("restoreZwnj: the prefix بی and its look-alikes", () => {
  it("leaves the subjunctive ب with its glide before a verb in ا", () => {
    expect(restoreAll(["بیافتد", "بیاندازیم", "بیافزایید"])).toEqual(["بیافتد", "بیاندازیم", "بیافزایید"]);
  });

  it("writes بیتکوین as the dictionary does, بیت‌کوین, never as the prefix بی before تکوین", () => {
    expect(restoreZwnj("بیتکوین")).toBe(`بیت${Z}کوین`);
  });

  it("still splits بی from a word whose other cut is a word with an ending", () => {
    expect(restoreAll(["بیتردید", "بیتوجهی", "بیسابقه", "بیاطلاع"])).toEqual([
      `بی${Z}تردید`,
      `بی${Z}توجهی`,
      `بی${Z}سابقه`,
      `بی${Z}اطلاع`,
    ]);
  });
});

describe("joinWordPair: ترند and نویس", () => {
  it("joins ترند to an adjective that surely takes تر, and not to a noun, where it is 'trend'", () => {
    expect([joinWordPair("ساده", "ترند"), joinWordPair("هشتگ", "ترند"), joinWordPair("بازی", "ترند")]).toEqual([
      `ساده${Z}ترند`,
      undefined,
      undefined,
    ]);
  });

  it("joins نویس and نویسان, which are no words alone", () => {
    expect([joinWordPair("پیش", "نویس"), joinWordPair("داستان", "نویسان")]).toEqual([`پیش${Z}نویس`, `داستان${Z}نویسان`]);
  });
});

describe("restoreZwnj: a word the list lacks before a compound part", () => {
  it("splits a part of five letters or more after a loanword, and no shorter one", () => {
    expect(restoreAll(["کامیتکننده", "نشانکگذاری", "فورتزایی"])).toEqual([`کامیت${Z}کننده`, `نشانک${Z}گذاری`, "فورتزایی"]);
  });
});
