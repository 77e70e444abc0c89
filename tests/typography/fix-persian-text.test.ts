import { describe, expect, it } from "vitest";
import { findTypographyWarnings, fixPersianText } from "../../src/typography/fix-persian-text.ts";

const SAMPLE = [
  "## همکاریهای منطقهای",
  "",
  "وزير گفت: ايران `میتواند` در [حوزههای](https://example.com/حوزههای) جدید <span>همکاریها</span> را گسترش دهد.",
  "The ITU میتواند help; see <https://itu.int/همکاریها> and https://fa.wikipedia.org/wiki/همکاریها today.",
  "",
  "```",
  "const note = 'همکاریهای';",
  "```",
  "",
  "    میتواند در کد تورفته",
  "",
  "[منبع][همکاریها] و 5Gها و تابآوری",
  "",
  "[همکاریها]: https://example.com/همکاریها",
].join("\n");

const FIXED = [
  "## همکاری‌های منطقه‌ای",
  "",
  "وزیر گفت: ایران `میتواند` در [حوزه‌های](https://example.com/حوزههای) جدید <span>همکاریها</span> را گسترش دهد.",
  "The ITU می‌تواند help; see <https://itu.int/همکاریها> and https://fa.wikipedia.org/wiki/همکاریها today.",
  "",
  "```",
  "const note = 'همکاریهای';",
  "```",
  "",
  "    میتواند در کد تورفته",
  "",
  "[منبع][همکاریها] و 5Gها و تاب‌آوری",
  "",
  "[همکاریها]: https://example.com/همکاریها",
].join("\n");

describe("fixPersianText", () => {
  it("fixes the Persian prose of a Markdown text and nothing else", () => {
    expect(fixPersianText(SAMPLE).text).toBe(FIXED);
  });

  it("lists each changed word with its line, column and reasons", () => {
    expect(fixPersianText(SAMPLE).changes).toEqual([
      { line: 1, column: 4, before: "همکاریهای", after: "همکاری‌های", reasons: ["zwnj"] },
      { line: 1, column: 14, before: "منطقهای", after: "منطقه‌ای", reasons: ["zwnj"] },
      { line: 3, column: 1, before: "وزير", after: "وزیر", reasons: ["arabic-letters"] },
      { line: 3, column: 11, before: "ايران", after: "ایران", reasons: ["arabic-letters"] },
      { line: 3, column: 31, before: "حوزههای", after: "حوزه‌های", reasons: ["zwnj"] },
      { line: 4, column: 9, before: "میتواند", after: "می‌تواند", reasons: ["zwnj"] },
      { line: 12, column: 27, before: "تابآوری", after: "تاب‌آوری", reasons: ["zwnj"] },
    ]);
  });

  it("gives both reasons for a word with Arabic letters that also lost its ZWNJ", () => {
    expect(fixPersianText("همكاريهاي").changes).toEqual([
      { line: 1, column: 1, before: "همكاريهاي", after: "همکاری‌های", reasons: ["arabic-letters", "zwnj"] },
    ]);
  });

  it("writes آنها with its ZWNJ in text that lost its ZWNJs, the writer's choice being gone", () => {
    expect([fixPersianText("آنها میتوانند").text, fixPersianText("آنها می توانند").text]).toEqual([
      "آن\u200cها می\u200cتوانند",
      "آن\u200cها می\u200cتوانند",
    ]);
  });

  it("keeps آنها joined in text that has its ZWNJs, or that shows no loss", () => {
    expect([fixPersianText("آنها می\u200cتوانند").changes, fixPersianText("آنها گفتند").changes]).toEqual([[], []]);
  });

  it("changes nothing in text it has fixed (idempotent)", () => {
    const once = fixPersianText(SAMPLE).text;
    expect(fixPersianText(once)).toEqual({ text: once, changes: [], unsure: [] });
  });

  it("leaves frontmatter, keys and values alike, to the frontmatter tools", () => {
    const markdown = "---\ntitle: همکاریهای ایران\n---\nهمکاریهای ایران";
    expect(fixPersianText(markdown).text).toBe("---\ntitle: همکاریهای ایران\n---\nهمکاری‌های ایران");
  });

  it("keeps CRLF line endings and every byte it does not fix", () => {
    expect(fixPersianText("همکاریها\r\nکشورها\r\n").text).toBe("همکاری‌ها\r\nکشورها\r\n");
  });

  it("returns a text without Persian words unchanged", () => {
    expect(fixPersianText("Plain `code` and https://itu.int")).toEqual({ text: "Plain `code` and https://itu.int", changes: [], unsure: [] });
  });

  it("lists a word in های that reads two ways and leaves it, with both spellings, the plural first", () => {
    expect(fixPersianText("او دستهای خود را بالا برد و گفت میتواند")).toEqual({
      text: "او دستهای خود را بالا برد و گفت می\u200cتواند",
      changes: [{ line: 1, column: 33, before: "میتواند", after: "می\u200cتواند", reasons: ["zwnj"] }],
      unsure: [{ line: 1, column: 4, word: "دستهای", readings: ["دست\u200cهای", "دسته\u200cای"] }],
    });
  });

  it("does not list a two-way word its neighbours settle, nor one written with its ZWNJ", () => {
    expect([fixPersianText("طی نامهای که رسید").unsure, fixPersianText("دست\u200cهای او").unsure]).toEqual([[], []]);
  });
});

describe("findTypographyWarnings", () => {
  it("finds what fixPersianText changes, without changing the text", () => {
    expect(findTypographyWarnings(SAMPLE)).toEqual(fixPersianText(SAMPLE).changes);
  });

  it("finds nothing in correctly written text", () => {
    expect(findTypographyWarnings(FIXED)).toEqual([]);
  });
});
