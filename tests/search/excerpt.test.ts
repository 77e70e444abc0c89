import { describe, expect, it } from "vitest";
import { excerptOf } from "../../src/search/excerpt.ts";
import { markdownPlainText } from "../../src/search/plain-text.ts";
import { queryTerms } from "../../src/search/search-terms.ts";
import { queryWord } from "../../src/search/word-forms.ts";

const words = (query: string) => queryTerms(query).map(queryWord);
const asText = (parts: ReturnType<typeof excerptOf>) => parts?.map((part) => (part.marked ? `[${part.text}]` : part.text)).join("");

describe("excerptOf", () => {
  it("marks every word of the query, as written in the text", () => {
    expect(asText(excerptOf("سید ستار هاشمی در باکو با دبیرکل اتحادیه بین‌المللی مخابرات دیدار کرد.", words("باكو مخابرات")))).toBe(
      "سید ستار هاشمی در [باکو] با دبیرکل اتحادیه بین‌المللی [مخابرات] دیدار کرد.",
    );
  });

  it("cuts the text around the best match, at word boundaries, with an ellipsis where it is cut", () => {
    const text = `${"one ".repeat(40)}the ministers met in Geneva ${"two ".repeat(40)}`;
    expect(asText(excerptOf(text, words("minister geneva")))).toBe(
      "… one one one one one one one the [ministers] met in [Geneva] two two two two two two two two two two two two two two two two two two two two …",
    );
  });

  it("marks a plural found by its singular and a word typed with Arabic letters", () => {
    expect(asText(excerptOf("گزارش‌ها و گزارش وزیر", words("گزارش")))).toBe("[گزارش‌ها] و [گزارش] وزیر");
    expect(asText(excerptOf("سفر به تاجیکستان", words("تاجيكستان")))).toBe("سفر به [تاجیکستان]");
  });

  it("gives nothing when no word of the text matches", () => {
    expect(excerptOf("The ITU met in Baku.", words("geneva"))).toBeUndefined();
  });
});

describe("markdownPlainText", () => {
  it("keeps the words of links, emphasis, headings and lists and the line breaks, and drops addresses and tags", () => {
    expect(markdownPlainText("## Talks\n\n**ITU** met in [Baku](https://x.org).\n\n- snake_case <br> stays\n> see https://x.org/a")).toBe(
      "Talks\n\nITU met in Baku.\n\nsnake_case   stays\nsee",
    );
  });

  it("drops a heading, quote or list marker at the start of every line, after any line break, and nowhere else", () => {
    // The rule once read `^…` with the `m` flag; these texts hold every line break `^` knows.
    const markers = "# one\n## two\r\n> three\r- four\u2028+ five\u2029   1. six\n2) seven\n\t* not a marker\nfive - 3. inside\n-no space\n####### seven hashes";
    const old = markers.replace(/^ {0,3}(#{1,6}|>|[-*+]|\d{1,9}[.)])[ \t]+/gm, "");
    expect(markdownPlainText(markers)).toBe(old.replace(/[*]+/g, ""));
    expect(markdownPlainText(markers)).toBe("one\ntwo\r\nthree\rfour\u2028five\u2029six\nseven\n\t not a marker\nfive - 3. inside\n-no space\n####### seven hashes");
  });
});
