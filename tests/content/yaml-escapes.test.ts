import { describe, expect, it } from "vitest";
import { escapedControlCharacterLines } from "../../src/content/yaml-escapes.ts";
import { parseYamlSource } from "../../src/content/yaml-source.ts";

describe("escapedControlCharacterLines", () => {
  const lines = (text: string) => escapedControlCharacterLines(text, parseYamlSource(text).value);

  it("reports a control character written as a double-quoted escape, on the line of its scalar", () => {
    expect(lines('title: ok\nevent: "a\\u0007"\nsource: { name: "\\x1B", url: "https://x.example" }\n')).toEqual([
      { line: 2, message: "contains the control character U+0007 (BELL), written as an escape: remove it" },
      { line: 3, message: "contains the control character U+001B (ESCAPE), written as an escape: remove it" },
    ]);
  });

  it("reports a lone surrogate escape and lets an escaped surrogate pair through", () => {
    expect(lines('a: "x\\uD800"\nb: "\\uD83D\\uDE00"\n')).toEqual([
      { line: 1, message: "contains the lone surrogate U+D800, half of a pair without its other half, written as an escape: remove it" },
    ]);
  });

  it("reports an escape in a key, a list item and a multi-line string, on the line each starts", () => {
    expect(lines('"ke\\ay": 1\ntopics:\n  - ok\n  - "\\0"\nsummary: "one\n  two \\e"\n')).toEqual([
      { line: 1, message: "contains the control character U+0007 (BELL), written as an escape: remove it" },
      { line: 4, message: "contains the control character U+0000 (NULL), written as an escape: remove it" },
      { line: 5, message: "contains the control character U+001B (ESCAPE), written as an escape: remove it" },
    ]);
  });

  it("leaves a character written as itself to controlCharacterLines, so it is reported once", () => {
    expect(lines("title: a\u0007\n")).toEqual([]);
  });

  it("lets the escapes of tab, newline and CRLF through", () => {
    expect(lines('a: "x\\ty\\nz\\r\\n"\n')).toEqual([]);
  });

  it("does not parse the text again when the value holds no refused character", () => {
    // Text that is not even YAML: only the value is looked at.
    expect(escapedControlCharacterLines("{ not yaml", { title: "fine", topics: ["ai"] })).toEqual([]);
  });

  it("counts lines from the given first line", () => {
    expect(escapedControlCharacterLines('title: "\\b"\n', { title: "\b" }, 2)).toEqual([
      { line: 2, message: "contains the control character U+0008 (BACKSPACE), written as an escape: remove it" },
    ]);
  });
});
