import { describe, expect, it } from "vitest";
import { fixPersianText } from "../../src/typography/fix-persian-text.ts";
import { readingSettledByNeighbours } from "../../src/typography/readings-settled-by-neighbours.ts";
import { zwnjReadings } from "../../src/typography/restore-zwnj.ts";

const Z = "\u200c";
const visible = (text: string) => text.replaceAll(Z, "‹ZWNJ›");

describe("readingSettledByNeighbours", () => {
  const readings = () => zwnjReadings("نامهای");

  it("is given both readings of نامهای by the rules: نام‌های and نامه‌ای", () => {
    expect(readings()).toEqual([`نام${Z}های`, "نامهای", `نامه${Z}ای`]);
  });

  it("takes ه‌ای before a word that ends a clause, since a plural's ezafe needs a word of its phrase after it", () => {
    const after = ["که", "را", "و", "است", "نیست", "بود", "باشد", "شد", "هستند"].map((word) => readingSettledByNeighbours("نامهای", undefined, { word }, readings));
    expect(after).toEqual(Array.from({ length: 9 }, () => `نامه${Z}ای`));
  });

  it("takes ه‌ای before a punctuation mark that ends a clause", () => {
    expect(readingSettledByNeighbours("نامهای", undefined, "clause end", readings)).toBe(`نامه${Z}ای`);
  });

  it("takes ه‌ای after a word that takes a singular noun", () => {
    const before = ["هر", "هیچ", "چند", "یک", "دو", "ده"].map((word) => readingSettledByNeighbours("نامهای", word, "other", readings));
    expect(before).toEqual(Array.from({ length: 6 }, () => `نامه${Z}ای`));
  });

  it("leaves the word before a word that may be the plural's ezafe, and before از, which may open one (نام‌های از پیش تعیین‌شده)", () => {
    expect([
      readingSettledByNeighbours("نامهای", "به", { word: "آنان" }, readings),
      readingSettledByNeighbours("نامهای", undefined, { word: "از" }, readings),
      readingSettledByNeighbours("نامهای", undefined, "other", readings),
    ]).toEqual([undefined, undefined, undefined]);
  });

  it("never chooses for a word with one reading, and asks for no readings of a word that does not end in های", () => {
    expect([
      readingSettledByNeighbours("کشورهای", undefined, { word: "که" }, () => zwnjReadings("کشورهای")),
      readingSettledByNeighbours("نامه", "هر", { word: "که" }, () => expect.fail("asked")),
    ]).toEqual([undefined, undefined]);
  });
});

describe("fixPersianText with the neighbours of a two-way word in های", () => {
  it("restores نامه‌ای before که and a full stop and after هر, and leaves نامهای آنان", () => {
    const fixed = fixPersianText("طی نامهای که فرستاد، هر نامهای را خواند. این بیانیهای است. نامهای آنان");
    expect(visible(fixed.text)).toBe("طی نامه‹ZWNJ›ای که فرستاد، هر نامه‹ZWNJ›ای را خواند. این بیانیه‹ZWNJ›ای است. نامهای آنان");
  });

  it("reads the word before across a space only, and a clause's end only where a mark follows at once", () => {
    const fixed = fixPersianText("هر\nنامهای\nسپس");
    expect(fixed.text).toBe("هر\nنامهای\nسپس");
  });
});
