import { describe, expect, it } from "vitest";
import { fixPersianText } from "../../src/typography/fix-persian-text.ts";
import { hehReadingSettledByText } from "../../src/typography/readings-settled-by-text.ts";
import { zwnjReadings } from "../../src/typography/restore-zwnj.ts";

const Z = "\u200c";

describe("hehReadingSettledByText", () => {
  const readings = zwnjReadings("شاخهای");

  it("is given both readings of a word in های by the rules, and the list's joined spelling", () => {
    expect(readings).toEqual([`شاخ${Z}های`, "شاخهای", `شاخه${Z}ای`]);
  });

  it("takes ه‌ای when the text writes the base in ه alone and never the other base", () => {
    expect(hehReadingSettledByText("شاخهای", new Set(["شاخه"]), () => readings)).toBe(`شاخه${Z}ای`);
  });

  it("leaves the word when the text writes both bases, or neither", () => {
    expect([hehReadingSettledByText("شاخهای", new Set(["شاخ", "شاخه"]), () => readings), hehReadingSettledByText("شاخهای", new Set(), () => readings)]).toEqual([
      undefined,
      undefined,
    ]);
  });

  it("asks for no readings of a word that does not end in های", () => {
    expect(hehReadingSettledByText("شاخه", new Set(["شاخه"]), () => expect.fail("asked"))).toBe(undefined);
  });

  it("never takes the plural: حرفه‌ای stands without حرفه in most texts that say حرف", () => {
    expect(hehReadingSettledByText("حرفهای", new Set(["حرف"]), () => zwnjReadings("حرفهای"))).toBe(undefined);
  });
});

describe("fixPersianText with a word in های that reads two ways", () => {
  it("writes شاخه‌ای in a text about شاخه, and leaves حرفهای in one about حرف", () => {
    expect([fixPersianText("هر شاخه یک نام دارد و به شاخهای دیگر میرود").text, fixPersianText("حرف او حرفهای بود").text]).toEqual([
      `هر شاخه یک نام دارد و به شاخه${Z}ای دیگر می${Z}رود`,
      "حرف او حرفهای بود",
    ]);
  });
});
