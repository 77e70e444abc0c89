import { describe, expect, it } from "vitest";
import { shortenText } from "../../src/content/shorten-text.ts";

describe("shortenText", () => {
  it("keeps a text that fits as it is", () => {
    expect(shortenText("one two three", 13)).toBe("one two three");
  });

  it("collapses runs of white space and trims the ends", () => {
    expect(shortenText("  one \n\t two  ", 20)).toBe("one two");
  });

  it("measures the text after collapsing its white space", () => {
    expect(shortenText("one    two", 7)).toBe("one two");
  });

  it("cuts at the last word boundary and adds an ellipsis", () => {
    expect(shortenText("one two three", 8)).toBe("one two…");
  });

  it("cuts a longer text at a word boundary", () => {
    expect(shortenText("The minister met the Secretary-General of the ITU in Baku.", 30)).toBe("The minister met the…");
  });

  it("drops a comma before the ellipsis", () => {
    expect(shortenText("one two, three four", 10)).toBe("one two…");
  });

  it("drops a Persian comma before the ellipsis and keeps ZWNJ", () => {
    expect(shortenText("همکاری\u200cهای ارتباطی، در باکو", 21)).toBe("همکاری\u200cهای ارتباطی…");
  });

  it("gives an empty text for an empty or blank text", () => {
    expect(shortenText("", 5)).toBe("");
    expect(shortenText(" \n ", 5)).toBe("");
  });
});

describe("shortenText's limit", () => {
  it("counts the ellipsis within the limit", () => {
    expect(shortenText("abcdefghij", 5)).toBe("abcd…");
  });

  it("keeps a last word that fits whole before the ellipsis", () => {
    expect(shortenText("aa bbbb cccc dddd", 13)).toBe("aa bbbb cccc…");
  });
});
