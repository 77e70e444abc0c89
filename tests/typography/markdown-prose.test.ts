import { describe, expect, it } from "vitest";
import { persianWordsInMarkdown } from "../../src/typography/markdown-prose.ts";

/** Just the words, for tests that do not look at positions. */
const wordsOf = (markdown: string): string[] => persianWordsInMarkdown(markdown).map(({ word }) => word);

describe("persianWordsInMarkdown", () => {
  it("gives each word its 1-based line and column", () => {
    expect(persianWordsInMarkdown("سلام\n\n## همکاری‌ها و طرح")).toEqual([
      { word: "سلام", offset: 0, line: 1, column: 1 },
      { word: "همکاری‌ها", offset: 9, line: 3, column: 4 },
      { word: "و", offset: 19, line: 3, column: 14 },
      { word: "طرح", offset: 21, line: 3, column: 16 },
    ]);
  });

  it("counts lines the same with CRLF line endings", () => {
    expect(persianWordsInMarkdown("الف\r\nب").map(({ line, column }) => [line, column])).toEqual([
      [1, 1],
      [2, 1],
    ]);
  });

  it("skips code spans, even across a line break", () => {
    expect(wordsOf("الف `کد` ب ``یک ` دو`` ج `سه\nچهار` پنج")).toEqual(["الف", "ب", "ج", "پنج"]);
  });

  it("skips fenced and indented code blocks", () => {
    expect(wordsOf("الف\n\n```fa\nکد\n```\n\n~~~\nکد\n~~~\n\n    کد\n\tکد\n\nب")).toEqual(["الف", "ب"]);
  });

  it("skips an indented code block right after a heading", () => {
    expect(wordsOf("## الف\n    کد")).toEqual(["الف"]);
  });

  it("keeps an indented line that continues a paragraph", () => {
    expect(wordsOf("الف\n    ب")).toEqual(["الف", "ب"]);
  });

  it("skips link targets, autolinks and bare URLs but keeps link text", () => {
    expect(wordsOf("[متن](https://x.ir/مسیر (عنوان)) <https://x.ir/الف> https://fa.wikipedia.org/wiki/ب و")).toEqual([
      "متن",
      "و",
    ]);
  });

  it("skips HTML tags with what they enclose, and HTML comments and blocks", () => {
    expect(wordsOf('الف <span title="ب">ج</span> د <!-- ه --> و\n\n<div>\nز\n</div>\n\nح')).toEqual(["الف", "د", "و", "ح"]);
  });

  it("skips link labels and their definitions", () => {
    expect(wordsOf("[الف][ب] و [ب]\n\n[ب]: https://x.ir")).toEqual(["الف", "و"]);
  });

  it("skips a leading frontmatter block", () => {
    expect(wordsOf("---\ntitle: عنوان\n---\nمتن")).toEqual(["متن"]);
  });

  it("skips words glued to Latin letters or digits, and escaped characters", () => {
    expect(wordsOf("5Gها ITUها الف \\ب")).toEqual(["الف"]);
  });
});
