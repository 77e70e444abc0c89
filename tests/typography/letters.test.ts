import { describe, expect, it } from "vitest";
import { endsJoining, fixArabicLetters, hasArabicLetters } from "../../src/typography/letters.ts";

describe("fixArabicLetters", () => {
  it("writes Arabic yeh and kaf as Persian yeh and keheh", () => {
    expect(fixArabicLetters("همكاري كشورهاي منطقه")).toBe("همکاری کشورهای منطقه");
  });

  it("keeps every other character, ZWNJs and Latin text included", () => {
    expect(fixArabicLetters("ITU و همکاری‌های ۲۰۲۵")).toBe("ITU و همکاری‌های ۲۰۲۵");
  });

  it("returns an empty text unchanged", () => {
    expect(fixArabicLetters("")).toBe("");
  });
});

describe("hasArabicLetters", () => {
  it("finds an Arabic yeh or kaf and nothing else", () => {
    expect(hasArabicLetters("كيهان")).toBe(true);
    expect(hasArabicLetters("کیهان")).toBe(false);
  });
});

describe("endsJoining", () => {
  it("is true for a letter that joins the next one, ه and ی included", () => {
    expect(["همکاری", "ظرفیت", "حوزه", "راه"].map(endsJoining)).toEqual([true, true, true, true]);
  });

  it("is false for ا د ذ ر ز ژ و, which never join the next letter", () => {
    expect(["روستا", "نهاد", "لذیذ", "کشور", "نیاز", "دژ", "الگو"].map(endsJoining)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
