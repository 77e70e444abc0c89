import { describe, expect, it } from "vitest";
import { fixPersianText } from "../../src/typography/fix-persian-text.ts";
import { readingSettledByText } from "../../src/typography/readings-settled-by-text.ts";
import { zwnjReadings } from "../../src/typography/restore-zwnj.ts";

const Z = "\u200c";

describe("readingSettledByText", () => {
  const readings = zwnjReadings("شاخهای");

  it("is given both readings of a word in های by the rules, and the list's joined spelling", () => {
    expect(readings).toEqual([`شاخ${Z}های`, "شاخهای", `شاخه${Z}ای`]);
  });

  it("takes ه‌ای when the text writes the base in ه alone and never the other base", () => {
    expect(readingSettledByText("شاخهای", new Set(["شاخه"]), () => readings)).toBe(`شاخه${Z}ای`);
  });

  it("leaves the word when the text writes both bases, or neither", () => {
    expect([readingSettledByText("شاخهای", new Set(["شاخ", "شاخه"]), () => readings), readingSettledByText("شاخهای", new Set(), () => readings)]).toEqual([
      undefined,
      undefined,
    ]);
  });

  it("asks for no readings of a word that does not end in های", () => {
    expect(readingSettledByText("شاخه", new Set(["شاخه"]), () => expect.fail("asked"))).toBe(undefined);
  });

  it("takes the plural when the text writes the other base's plural in ها and never the base in ه, and neither reading when it writes both", () => {
    expect([
      readingSettledByText("قلمهای", new Set(["قلمها"]), () => zwnjReadings("قلمهای")),
      readingSettledByText("قلمهای", new Set(["قلمها", "قلمه"]), () => zwnjReadings("قلمهای")),
    ]).toEqual([`قلم${Z}های`, undefined]);
  });

  it("never takes the plural for the base alone: دسته‌ای and حرفه‌ای stand without their base in most texts that say دست and حرف", () => {
    expect([readingSettledByText("حرفهای", new Set(["حرف"]), () => zwnjReadings("حرفهای")), readingSettledByText("دستهای", new Set(["دست"]), () => zwnjReadings("دستهای"))]).toEqual([
      undefined,
      undefined,
    ]);
  });

  it("never takes the plural of a word the dictionary lists whole in ه‌ای, nor of a verb form", () => {
    expect([
      readingSettledByText("حرفهای", new Set(["حرفها"]), () => zwnjReadings("حرفهای")),
      readingSettledByText("هستهای", new Set(["هستها"]), () => zwnjReadings("هستهای")),
    ]).toEqual([undefined, undefined]);
  });
});

describe("fixPersianText with a word in های that reads two ways", () => {
  it("writes قلم‌های in a text that writes قلمها, its ZWNJs lost", () => {
    expect(fixPersianText("این قلمها را ببینید و قلمهای دیگر را").text).toBe(`این قلم${Z}ها را ببینید و قلم${Z}های دیگر را`);
  });

  it("writes شاخه‌ای in a text about شاخه, and leaves حرفهای in one about حرف", () => {
    expect([fixPersianText("هر شاخه یک نام دارد و به شاخهای دیگر میرود").text, fixPersianText("حرف او حرفهای تازه دارد").text]).toEqual([
      `هر شاخه یک نام دارد و به شاخه${Z}ای دیگر می${Z}رود`,
      "حرف او حرفهای تازه دارد",
    ]);
  });
});
