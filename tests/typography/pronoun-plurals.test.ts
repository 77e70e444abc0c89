import { describe, expect, it } from "vitest";
import { separatePronounPlural } from "../../src/typography/pronoun-plurals.ts";

const Z = "\u200c";

describe("separatePronounPlural", () => {
  it("puts a ZWNJ between a demonstrative and its plural, whatever follows the plural", () => {
    expect(["آنها", "اینهایی", "همینها", "همانهاست", "آنهایشان"].map(separatePronounPlural)).toEqual([
      `آن${Z}ها`,
      `این${Z}هایی`,
      `همین${Z}ها`,
      `همان${Z}هاست`,
      `آن${Z}هایشان`,
    ]);
  });

  it("returns undefined for words that only start like one", () => {
    expect(["آنان", "آنکه", "اینترنت", "همینطور", "آن"].map(separatePronounPlural)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
