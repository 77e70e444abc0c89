/**
 * The YAML mistakes editors make, in an editor's words and at the line where they were made.
 */
import { describe, expect, it } from "vitest";
import { parseYamlSource } from "../../src/content/yaml-source.ts";

describe("YAML mistakes", () => {
  it("asks for quotes around a title with a colon in it, showing the quoted line", () => {
    expect(parseYamlSource("title: دیدار وزیر: گفت‌وگو با دبیرکل\ndate: 2025-11-18\n", 2).syntaxErrors).toEqual([
      { line: 2, message: 'the value of title has a colon followed by a space: put the whole value in quotes, e.g. title: "دیدار وزیر: گفت‌وگو با دبیرکل"' },
    ]);
    expect(parseYamlSource('summary: The minister said: "we agree"\n').syntaxErrors).toEqual([
      { line: 1, message: 'the value of summary has a colon followed by a space: put the whole value in quotes, e.g. summary: "The minister said: \\"we agree\\""' },
    ]);
  });

  it("names the line where an unclosed [ or { opens, not the line after it", () => {
    const seventh = ["title: a", "date: 2025-11-18", "minister: x", "organization: itu", "counterpart: y", "summary: z", "venue: [baku", "source: q"].join("\n");
    expect(parseYamlSource(`${seventh}\n`).syntaxErrors).toEqual([{ line: 7, message: "opens a list with [ that is never closed: end it with ] on the same line" }]);
    expect(parseYamlSource("source: { name: IRNA, url: x\ntitle: t\n").syntaxErrors).toEqual([
      { line: 1, message: "opens a group of fields with { that is never closed: end it with } on the same line" },
    ]);
  });

  it("names the line of an unclosed quote", () => {
    expect(parseYamlSource('title: "unclosed\nvenue: baku\n').syntaxErrors).toEqual([{ line: 1, message: 'opens a quote with " that is never closed: end it with " on the same line' }]);
  });

  it("asks for spaces instead of a tab, and quotes around a value that starts with @", () => {
    expect(parseYamlSource("title: a\n\tvenue: baku\n").syntaxErrors).toEqual([{ line: 2, message: "starts with a tab: indent with spaces" }]);
    expect(parseYamlSource("title: @home\n").syntaxErrors).toEqual([
      { line: 1, message: "the value of title starts with a character YAML keeps for itself: put the whole value in quotes" },
    ]);
  });
});
