import { describe, expect, it } from "vitest";
import { fixPersianText } from "../../src/typography/fix-persian-text.ts";
import { pluralOfUnknownWord, seenWordPlural, wordsSeenInText } from "../../src/typography/unknown-word-plurals.ts";

const Z = "\u200c";

describe("pluralOfUnknownWord", () => {
  it("splits ها and هایی from a word the list lacks, but not های nor the ها of a word of its own", () => {
    expect(["کامیتها", "نشانکهایی", "کامیتهای", "نهتنها"].map(pluralOfUnknownWord)).toEqual([
      `کامیت${Z}ها`,
      `نشانک${Z}هایی`,
      undefined,
      undefined,
    ]);
  });
});

describe("wordsSeenInText", () => {
  it("keeps each word without its ZWNJs, and the part before the first ZWNJ of one that has them", () => {
    expect([...wordsSeenInText(["کامیت", `برنچ${Z}ها`])]).toEqual(["کامیت", "برنچها", "برنچ"]);
  });
});

describe("seenWordPlural", () => {
  it("splits های from a word the list lacks when the text writes that word alone", () => {
    expect(seenWordPlural("کامیتهای", new Set(["کامیت"]))).toBe(`کامیت${Z}های`);
  });

  it("leaves the word when the text never writes its base, or also writes the base in ه", () => {
    expect([seenWordPlural("کامیتهای", new Set()), seenWordPlural("کامیتهای", new Set(["کامیت", "کامیته"]))]).toEqual([undefined, undefined]);
  });

  it("leaves words whose bases the list knows to the rules' own readings", () => {
    // حرف and حرفه are both listed: حرفهای keeps its two readings whatever the text says.
    expect(seenWordPlural("حرفهای", new Set(["حرف"]))).toBe(undefined);
  });
});

describe("fixPersianText with the text's own words", () => {
  it("restores a loanword's plural in های only in a text that names the loanword", () => {
    expect([fixPersianText("کامیتهای جدید").text, fixPersianText("هر کامیت و کامیتهای جدید").text]).toEqual([
      "کامیتهای جدید",
      `هر کامیت و کامیت${Z}های جدید`,
    ]);
  });
});
