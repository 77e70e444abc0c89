import { describe, expect, it } from "vitest";
import { fixPersianText } from "../../src/typography/fix-persian-text.ts";
import { joinWordPair } from "../../src/typography/join-word-pair.ts";
import { repairSearchQuery } from "../../src/typography/repair-search-query.ts";

const Z = "\u200c";

describe("joinWordPair: a space that was a ZWNJ", () => {
  it("joins می and نمی to a known verb form", () => {
    expect([joinWordPair("می", "شود"), joinWordPair("نمی", "توانند"), joinWordPair("برمی", "گردد")]).toEqual([
      `می${Z}شود`,
      `نمی${Z}توانند`,
      `برمی${Z}گردد`,
    ]);
  });

  it("joins می and نمی to a past participle, the perfect of a past habit, but not to a negative one", () => {
    expect([joinWordPair("می", "دانسته"), joinWordPair("نمی", "شده"), joinWordPair("می", "نوشته"), joinWordPair("می", "نکرده")]).toEqual([
      `می${Z}دانسته`,
      `نمی${Z}شده`,
      `می${Z}نوشته`,
      undefined,
    ]);
  });

  it("leaves می before a word that is no verb form", () => {
    expect([joinWordPair("می", "ایران"), joinWordPair("می", "گفت‌وگو")]).toEqual([undefined, undefined]);
  });

  it("joins the plural to a word, with a ZWNJ only after a joining letter", () => {
    expect([joinWordPair("گزارش", "ها"), joinWordPair("دست", "های"), joinWordPair("کشور", "های"), joinWordPair("آن", "ها")]).toEqual([
      `گزارش${Z}ها`,
      `دست${Z}های`,
      "کشورهای",
      `آن${Z}ها`,
    ]);
  });

  it("joins the plural to a loanword or a name the word list lacks, as ها stands alone in no news sentence", () => {
    expect([joinWordPair("کامیت", "ها"), joinWordPair("استارتاپ", "هایی"), joinWordPair("ها", "ها")]).toEqual([`کامیت${Z}ها`, `استارتاپ${Z}هایی`, undefined]);
  });

  it("joins ای, ام, اند after a silent ه or a ی, and nowhere else", () => {
    expect([joinWordPair("خانه", "ای"), joinWordPair("رفته", "اند"), joinWordPair("ایرانی", "اند"), joinWordPair("گفت", "ای")]).toEqual([
      `خانه${Z}ای`,
      `رفته${Z}اند`,
      `ایرانی${Z}اند`,
      undefined,
    ]);
  });

  it("joins the ezafe ی to a word in silent ه only", () => {
    expect([joinWordPair("نسخه", "ی"), joinWordPair("گروه", "ی"), joinWordPair("کتاب", "ی"), joinWordPair(`بی${Z}توجه`, "ی")]).toEqual([
      `نسخه${Z}ی`,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("joins تر and ترین to an adjective but not to a noun", () => {
    expect([joinWordPair("بزرگ", "ترین"), joinWordPair("جدی", "تر"), joinWordPair("لباس", "تر")]).toEqual([
      `بزرگ${Z}ترین`,
      `جدی${Z}تر`,
      undefined,
    ]);
  });

  it("joins the prefix بی to a known word, but not the letters of بی بی سی", () => {
    expect([joinWordPair("بی", "سابقه"), joinWordPair("بی", "بی")]).toEqual([`بی${Z}سابقه`, undefined]);
  });

  it("joins a compound part that never stands alone, and a curated compound", () => {
    expect([joinWordPair("بیماری", "زا"), joinWordPair("سرمایه", "گذاری"), joinWordPair("توسعه", "دهندگان"), joinWordPair("بین", "المللی")]).toEqual([
      `بیماری${Z}زا`,
      `سرمایه${Z}گذاری`,
      `توسعه${Z}دهندگان`,
      `بین${Z}المللی`,
    ]);
  });

  it("joins جویی, آموزی and بگیران to any known word, as no sentence has them alone", () => {
    expect([joinWordPair("صرفه", "جویی"), joinWordPair("مهارت", "آموزی"), joinWordPair("مستمری", "بگیران")]).toEqual([
      `صرفه${Z}جویی`,
      `مهارت${Z}آموزی`,
      `مستمری${Z}بگیران`,
    ]);
  });

  it("joins a compound part with a plural ending, fused or after a ZWNJ, but not after a letter that does not join", () => {
    expect([joinWordPair("سرمایه", "گذاریها"), joinWordPair("برنامه", `ریزی${Z}های`), joinWordPair("کشور", "گیرانها")]).toEqual([
      `سرمایه${Z}گذاریها`,
      `برنامه${Z}ریزی${Z}های`,
      undefined,
    ]);
  });

  it("joins برداری, مند and گر after a word in silent ه only: گرافیک برداری is vector graphics, ثروتمند is written joined", () => {
    expect([
      joinWordPair("بهره", "برداری"),
      joinWordPair("علاقه", "مند"),
      joinWordPair("مطالبه", "گر"),
      joinWordPair("گرافیک", "برداری"),
      joinWordPair("ثروت", "مند"),
    ]).toEqual([`بهره${Z}برداری`, `علاقه${Z}مند`, `مطالبه${Z}گر`, undefined, undefined]);
  });

  it("joins دار and داران after a word in silent ه only: طناب دار is the gallows' rope, and the ه of علیه is a consonant", () => {
    expect([
      joinWordPair("عهده", "دار"),
      joinWordPair("سرمایه", "داران"),
      joinWordPair("طناب", "دار"),
      joinWordPair("علیه", "دار"),
    ]).toEqual([`عهده${Z}دار`, `سرمایه${Z}داران`, undefined, undefined]);
  });

  it("joins nothing to a word written with its ezafe: منطقهٔ آوری is a region named Uri", () => {
    expect([joinWordPair("منطقه\u0654", "آوری"), joinWordPair("منطقه\u06c0", "آوری"), joinWordPair("منطقه", "آوری")]).toEqual([undefined, undefined, `منطقه${Z}آوری`]);
  });

  it("joins a long compound part to a word the rules do not know, and no shorter one", () => {
    expect([joinWordPair("کامیت", "کننده"), joinWordPair("نشانک", "گذاری"), joinWordPair("فورت", "زایی")]).toEqual([`کامیت${Z}کننده`, `نشانک${Z}گذاری`, undefined]);
  });

  it("joins a compound part with its ezafe or the indefinite ی too, and کنندگی", () => {
    expect([
      joinWordPair("توسعه", "دهنده\u0654"),
      joinWordPair("توسعه", "دهندگانی"),
      joinWordPair("امکان", "پذیری"),
      joinWordPair("تهیه", "کنندگی"),
    ]).toEqual([`توسعه${Z}دهنده\u0654`, `توسعه${Z}دهندگانی`, `امکان${Z}پذیری`, `تهیه${Z}کنندگی`]);
  });

  it("joins a compound of the dictionary or the curated list with its ezafe or indefinite ی: یی after a vowel", () => {
    expect([joinWordPair("گفت", "وگویی"), joinWordPair("گفت", "وگوی"), joinWordPair("پیش", "فرضی"), joinWordPair("راه", "حلی")]).toEqual([
      `گفت${Z}وگویی`,
      `گفت${Z}وگوی`,
      `پیش${Z}فرضی`,
      `راه${Z}حلی`,
    ]);
  });

  it("joins a curated compound with a plural ending", () => {
    expect([joinWordPair("نرم", "افزارهای"), joinWordPair("تفاهم", `نامه${Z}ها`)]).toEqual([`نرم${Z}افزارهای`, `تفاهم${Z}نامه${Z}ها`]);
  });

  it("joins our, your and their to a word in silent ه only, where they take a ZWNJ", () => {
    expect([joinWordPair("پروژه", "تان"), joinWordPair("خانه", "مان"), joinWordPair("حساب", "تان"), joinWordPair("گروه", "شان")]).toEqual([
      `پروژه${Z}تان`,
      `خانه${Z}مان`,
      undefined,
      undefined,
    ]);
  });

  it("joins a prefix and a word the dictionary writes as one with a ZWNJ, and its plural (after د, with no ZWNJ)", () => {
    expect([joinWordPair("پیش", "فرض"), joinWordPair("هم", "اکنون"), joinWordPair("کم", "درآمدها"), joinWordPair("پس", "زمینه")]).toEqual([
      `پیش${Z}فرض`,
      `هم${Z}اکنون`,
      `کم${Z}درآمدها`,
      `پس${Z}زمینه`,
    ]);
  });

  it("joins a prefix to a present stem + ی, which news never writes bare as 'you …', but not to another verb form", () => {
    expect([joinWordPair("پیش", "بینی"), joinWordPair("هم", "اندیشی"), joinWordPair("پیش", "ساخته")]).toEqual([`پیش${Z}بینی`, `هم${Z}اندیشی`, undefined]);
  });

  it("joins a compound of the dictionary one of whose sides it never lists alone, به روزرسانی included", () => {
    expect([joinWordPair("به", "روزرسانی"), joinWordPair("فارسی", "زبانان")]).toEqual([`به${Z}روزرسانی`, `فارسی${Z}زبانان`]);
  });

  it("leaves apart a compound of the dictionary whose sides both stand alone", () => {
    const pairs = [["به", "دنبال"], ["لاک", "پشت"], ["ایالات", "متحده"], ["همه", "چیزهایی"]] as const;
    expect(pairs.map(([left, right]) => joinWordPair(left, right))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("joins an Arabic compound in ال that the dictionary writes with a ZWNJ only in text that lost its ZWNJs, and no other pair with ال", () => {
    const pairs = [["آیت", "الله"], ["حجت", "الاسلام"], ["ربیع", "الاول"], ["لوازم", "التحریر"], ["دولت", "الکترونیک"], ["آقای", "الهی"]] as const;
    expect(pairs.map(([left, right]) => joinWordPair(left, right, "restore"))).toEqual([
      `آیت${Z}الله`,
      `حجت${Z}الاسلام`,
      `ربیع${Z}الاول`,
      `لوازم${Z}التحریر`,
      undefined,
      undefined,
    ]);
    expect(pairs.map(([left, right]) => joinWordPair(left, right))).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it("writes آیت‌الله in a report that lost its ZWNJs, and leaves آیت الله in one that has them", () => {
    expect([fixPersianText("آیت الله گفت که کار ادامه می یابد.").text, fixPersianText("آیت الله گفت که کار ادامه می‌یابد.").text]).toEqual([
      `آیت${Z}الله گفت که کار ادامه می${Z}یابد.`,
      "آیت الله گفت که کار ادامه می‌یابد.",
    ]);
  });

  it("leaves a prefix apart from a verb form, and from words the dictionary makes no compound of", () => {
    const pairs = [["پیش", "ساخته"], ["پیش", "آمده"], ["پس", "از"], ["کم", "پیش"], ["نیم", "میلیون"], ["هم", "کار"]] as const;
    expect(pairs.map(([left, right]) => joinWordPair(left, right))).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it("leaves two free words apart, even when together they make a compound", () => {
    const pairs = [["هم", "کار"], ["پیش", "ساخته"], ["به", "عنوان"], ["ترجمه", "نامه"], ["تخم", "مرغ"], ["کار", "آمد"], ["تابع", "نمایی"]] as const;
    expect(pairs.map(([left, right]) => joinWordPair(left, right))).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe("fixPersianText: runs of words", () => {
  it("joins a run of three words and reports it as one change, the space shown in before", () => {
    expect(fixPersianText("این تفاهم نامه ها را امضا کردند").changes).toEqual([
      { line: 1, column: 5, before: "تفاهم نامه ها", after: `تفاهم${Z}نامه${Z}ها`, reasons: ["zwnj"] },
    ]);
  });

  it("joins only across a single space, never across a line break, two spaces or markup", () => {
    const text = "گزارش\nها و گزارش  ها و **می** شود";
    expect(fixPersianText(text).text).toBe(text);
  });

  it("fixes each word and joins it in one change", () => {
    expect(fixPersianText("همكاري ها").changes).toEqual([
      { line: 1, column: 1, before: "همكاري ها", after: `همکاری${Z}ها`, reasons: ["arabic-letters", "zwnj"] },
    ]);
  });

  it("changes nothing the second time", () => {
    const once = fixPersianText("آن ها می گویند بی کاری در سال های اخیر کم تر شده است").text;
    expect(once).toBe(`آن${Z}ها می${Z}گویند بی${Z}کاری در سال${Z}های اخیر کم${Z}تر شده است`);
    expect(fixPersianText(once).changes).toEqual([]);
  });
});

describe("repairSearchQuery", () => {
  it("joins the words of a query typed with spaces and keeps the rest", () => {
    expect(repairSearchQuery("گزارش ها می شود ITU 2025")).toBe(`گزارش${Z}ها می${Z}شود ITU 2025`);
  });

  it("restores a query typed without ZWNJs and with Arabic letters", () => {
    expect(repairSearchQuery("همكاريهاي بينالمللي")).toBe(`همکاری${Z}های بین${Z}المللی`);
  });

  it("leaves two free words apart", () => {
    expect(repairSearchQuery("هم کار")).toBe("هم کار");
  });
});
