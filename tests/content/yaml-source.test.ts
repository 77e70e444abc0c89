import { describe, expect, it } from "vitest";
import { splitFrontmatter } from "../../src/content/frontmatter.ts";
import { bidiControlLines, parseYamlSource, quickYamlSource } from "../../src/content/yaml-source.ts";
import { sampleAndGeneratedReports } from "../helpers/generated-reports.ts";

const FRONTMATTER = [
  "title: دیدار وزیر", // line 2 of the file
  "date: 2025-11-18", // 3
  "minister: sattar-hashemi", // 4
  "topics:", // 5
  "  - ai", // 6
  "  - 5g", // 7
  "source:", // 8
  "  name: IRNA", // 9
].join("\n");

describe("parseYamlSource", () => {
  it("keeps an unquoted date as the text the author wrote", () => {
    expect(parseYamlSource("date: 2025-11-18\n").value).toEqual({ date: "2025-11-18" });
  });

  it("keeps a date with a time and a Jalali date with slashes as text", () => {
    expect(parseYamlSource("date: 2025-11-18T10:30:00Z\njdate: 1404/08/27 10:30\n").value).toEqual({
      date: "2025-11-18T10:30:00Z",
      jdate: "1404/08/27 10:30",
    });
  });

  it("reads the YAML 1.2 core schema: yes and no stay text, true and null do not", () => {
    expect(parseYamlSource("a: yes\nb: no\nc: true\nd: ~\ne: 12\nf: 0o17\n").value).toEqual({
      a: "yes",
      b: "no",
      c: true,
      d: null,
      e: 12,
      f: 15,
    });
  });

  it("reads lists and nested mappings", () => {
    expect(parseYamlSource(FRONTMATTER, 2).value).toEqual({
      title: "دیدار وزیر",
      date: "2025-11-18",
      minister: "sattar-hashemi",
      topics: ["ai", "5g"],
      source: { name: "IRNA" },
    });
  });

  it("has no syntax errors for valid YAML", () => {
    expect(parseYamlSource(FRONTMATTER, 2).syntaxErrors).toEqual([]);
  });

  it("refuses a key given twice and gives no value", () => {
    const source = parseYamlSource("a: 1\na: 2\n");
    expect({ value: source.value, syntaxErrors: source.syntaxErrors }).toEqual({
      value: undefined,
      syntaxErrors: [{ line: 2, message: "a is written twice: keep one" }],
    });
  });

  it("reports an unclosed bracket on the file line where it opens, counting from firstLine", () => {
    expect(parseYamlSource("title: A\ntopics: [ai\nvenue: baku\n", 2).syntaxErrors).toEqual([
      { line: 3, message: "opens a list with [ that is never closed: end it with ] on the same line" },
    ]);
  });

  it("keeps only the first line of a syntax error's message it has no words of its own for", () => {
    expect(parseYamlSource("a:\n  - b\n c: d\n").syntaxErrors.map((error) => error.message.includes("\n"))).toEqual([false]);
  });

  it("finds the file line of a top-level field, a list item and a nested field", () => {
    const source = parseYamlSource(FRONTMATTER, 2);
    expect([source.lineOf(["title"]), source.lineOf(["minister"]), source.lineOf(["topics", 1]), source.lineOf(["source", "name"])]).toEqual([
      2, 4, 7, 9,
    ]);
  });

  it("gives the nearest existing parent's line for a missing field", () => {
    const source = parseYamlSource(FRONTMATTER, 2);
    expect([source.lineOf(["source", "url"]), source.lineOf(["topics", 5]), source.lineOf(["venue"])]).toEqual([8, 5, 2]);
  });

  it("finds the top-level key whose entry covers a line", () => {
    const source = parseYamlSource(FRONTMATTER, 2);
    expect([2, 3, 6, 7, 9].map((line) => source.topLevelKeyAt(line))).toEqual(["title", "date", "topics", "topics", "source"]);
  });

  it("finds no top-level key before the first line or in a list document", () => {
    expect(parseYamlSource(FRONTMATTER, 2).topLevelKeyAt(1)).toBe(undefined);
    expect(parseYamlSource("- a\n- b\n").topLevelKeyAt(1)).toBe(undefined);
  });
});

describe("quickYamlSource", () => {
  /** Texts where two YAML readers could part ways: scalars that look like numbers, dates or booleans, escapes, folding, anchors. */
  const TRICKY = [
    FRONTMATTER,
    "a: yes\nb: no\nc: True\nd: ~\ne: 017\nf: 0o17\ng: 0x1F\ni: 1_000\nj: .5\nk: 1e3\nl: nUll\nn: +.inf\n",
    "date: 2025-11-18\njdate: 1404/08/27 10:30\ntime: 12:30\n",
    'title: "tab\\there \\u0041 \\/ \\"quoted\\""\nsummary: \'it\'\'s\'\n',
    "literal: |\n  first\n  second\nfolded: >\n  one\n  two\n\n  three\nplain: one\n  two\n",
    "a: &name value\nb: *name\n'quoted key': [x, 'y', \"z\"]\n<<: {c: 1}\n",
    "title: همکاری\u200cهای ایران و «ITU»\ntopics: [ai, 5g]\n",
    "",
  ];

  it("reads every tricky text to the value parseYamlSource reads", () => {
    for (const text of TRICKY) expect(quickYamlSource(text, 2).value).toEqual(parseYamlSource(text, 2).value);
  });

  it("reads the frontmatter of every sample report and of a generated archive to the value parseYamlSource reads", () => {
    const reports = sampleAndGeneratedReports(40);
    expect(reports.length).toBe(95);
    for (const report of reports) {
      const yaml = splitFrontmatter(report.text)?.yaml ?? "";
      expect(quickYamlSource(yaml, 2).value).toEqual(parseYamlSource(yaml, 2).value);
    }
  });

  it("leaves to yaml a text with a value that the core schema reads as a number or null when written plain", () => {
    // js-yaml reads a plain -.5 as text, yaml as a number; a quoted '0x1F' is text to both.
    expect(quickYamlSource("title: -.5\nsummary: '0x1F'\nevent: ''\n").value).toEqual({ title: -0.5, summary: "0x1F", event: "" });
  });

  it("finds lines as parseYamlSource does, though js-yaml gives none", () => {
    const source = quickYamlSource(FRONTMATTER, 2);
    expect([source.lineOf(["title"]), source.lineOf(["topics", 1]), source.lineOf(["source", "name"]), source.topLevelKeyAt(6)]).toEqual([2, 7, 9, "topics"]);
  });

  it("leaves a text js-yaml cannot read to yaml, errors and value alike", () => {
    expect(quickYamlSource("a: 1\na: 2\n").syntaxErrors).toEqual([{ line: 2, message: "a is written twice: keep one" }]);
    // js-yaml refuses a tag it does not know; yaml reads the value beneath it.
    expect(quickYamlSource("title: !custom Hello\n").value).toEqual({ title: "Hello" });
  });
});

describe("bidiControlLines", () => {
  it("lists every line holding a bidi control character, with the problem", () => {
    expect(bidiControlLines("a: b\nc: \u202ed\ne: f\ng: \u2066h\n")).toEqual([
      { line: 2, message: "contains the bidi control character U+202E (RIGHT-TO-LEFT OVERRIDE): remove it" },
      { line: 4, message: "contains the bidi control character U+2066 (LEFT-TO-RIGHT ISOLATE): remove it" },
    ]);
  });

  it("counts lines from firstLine", () => {
    expect(bidiControlLines("title: \u202bx\n", 2)).toEqual([
      { line: 2, message: "contains the bidi control character U+202B (RIGHT-TO-LEFT EMBEDDING): remove it" },
    ]);
  });

  it("lists nothing for text with only ZWNJ, LRM and RLM", () => {
    expect(bidiControlLines("title: همکاری\u200cها \u200eITU\u200e \u200f\n")).toEqual([]);
  });
});
