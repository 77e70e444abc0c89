import { describe, expect, it } from "vitest";
import { controlCharacterLines, controlCharacterProblem, describeRefused, firstControlCharacter, hasControlCharacter } from "../../src/content/control-characters.ts";

/** The C0 controls refused wherever they stand: all but tab, newline and CR (refused only where no newline follows). */
const C0_REFUSED = Array.from({ length: 0x20 }, (_, code) => code).filter((code) => code !== 0x09 && code !== 0x0a && code !== 0x0d);

describe("controlCharacterProblem", () => {
  it("names a control character by its code point and its Unicode name", () => {
    expect(controlCharacterProblem("a\u0007b")).toBe("contains the control character U+0007 (BELL): remove it");
    expect(controlCharacterProblem("a\u0000b")).toBe("contains the control character U+0000 (NULL): remove it");
    expect(controlCharacterProblem("a\u001bb")).toBe("contains the control character U+001B (ESCAPE): remove it");
    expect(controlCharacterProblem("a\u001fb")).toBe("contains the control character U+001F (UNIT SEPARATOR): remove it");
    expect(controlCharacterProblem("a\u007fb")).toBe("contains the control character U+007F (DELETE): remove it");
  });

  it("refuses every C0 control but tab, newline and a CR before a newline", () => {
    expect(C0_REFUSED.map((code) => firstControlCharacter(`x${String.fromCharCode(code)}y`))).toEqual(C0_REFUSED);
    expect(controlCharacterProblem("a\tb\nc\r\nd")).toBe(undefined);
  });

  it("refuses a CR that does not stand before a newline", () => {
    expect(controlCharacterProblem("a\rb")).toBe("contains the control character U+000D (CARRIAGE RETURN): remove it");
    expect(controlCharacterProblem("a\r")).toBe("contains the control character U+000D (CARRIAGE RETURN): remove it");
    expect(controlCharacterProblem("a\r\r\n")).toBe("contains the control character U+000D (CARRIAGE RETURN): remove it");
  });

  it("refuses the noncharacters U+FFFE and U+FFFF", () => {
    expect(controlCharacterProblem("a\ufffe")).toBe("contains the noncharacter U+FFFE: remove it");
    expect(controlCharacterProblem("a\uffff")).toBe("contains the noncharacter U+FFFF: remove it");
  });

  it("refuses a lone surrogate of either half and lets a valid pair (an emoji) through", () => {
    expect(controlCharacterProblem("a\ud800b")).toBe("contains the lone surrogate U+D800, half of a pair without its other half: remove it");
    expect(controlCharacterProblem("a\udfff")).toBe("contains the lone surrogate U+DFFF, half of a pair without its other half: remove it");
    expect(controlCharacterProblem("\udc00\ud800")).toBe("contains the lone surrogate U+DC00, half of a pair without its other half: remove it");
    expect(controlCharacterProblem("a\ud83d\ude00b \u{10FFFF}")).toBe(undefined);
  });

  it("lets C1 controls' neighbours, ZWNJ, bidi marks and the replacement character through", () => {
    expect(controlCharacterProblem("همکاری\u200cها \u200e \u200f \u00a0 \ufffd \ufeff \ufffc")).toBe(undefined);
  });

  it("names the first of several refused characters", () => {
    expect(controlCharacterProblem("a\u0008b\u0007")).toBe("contains the control character U+0008 (BACKSPACE): remove it");
    expect(firstControlCharacter("ok")).toBe(undefined);
  });
});

describe("hasControlCharacter", () => {
  it("is true for any refused character and false for text with Windows line ends, tabs and emoji", () => {
    const refused = ["\u0000", "\u0001", "\u000b", "\u000c", "\u000e", "\u007f", "\ufffe", "\uffff", "\ud800", "\udc00"];
    expect(refused.map((char) => hasControlCharacter(`a${char}b`))).toEqual(Array(10).fill(true));
    expect(hasControlCharacter("a\tb\r\nc\n😀")).toBe(false);
  });
});

describe("describeRefused", () => {
  it("says that a character was written as an escape when asked", () => {
    expect(describeRefused(0x07, { escaped: true })).toBe("contains the control character U+0007 (BELL), written as an escape: remove it");
    expect(describeRefused(0xd800, { escaped: true })).toBe("contains the lone surrogate U+D800, half of a pair without its other half, written as an escape: remove it");
  });
});

describe("controlCharacterLines", () => {
  it("reports the first refused character of each line, with the line's number", () => {
    expect(controlCharacterLines("title: a\u0007\u0008\nok\nb\u007f\n")).toEqual([
      { line: 1, message: "contains the control character U+0007 (BELL): remove it" },
      { line: 3, message: "contains the control character U+007F (DELETE): remove it" },
    ]);
  });

  it("counts lines from the given first line", () => {
    expect(controlCharacterLines("a\n\u0001", 4)).toEqual([{ line: 5, message: "contains the control character U+0001 (START OF HEADING): remove it" }]);
  });

  it("counts a Windows line end once and a lone CR as the end of the line it is reported on", () => {
    expect(controlCharacterLines("a\r\nb\r\nc\u0002\r\nd\re\r\n\u0003")).toEqual([
      { line: 3, message: "contains the control character U+0002 (START OF TEXT): remove it" },
      { line: 4, message: "contains the control character U+000D (CARRIAGE RETURN): remove it" },
      { line: 6, message: "contains the control character U+0003 (END OF TEXT): remove it" },
    ]);
  });

  it("finds nothing in a text with tabs, Windows line ends and emoji", () => {
    expect(controlCharacterLines("---\r\ntitle:\tA 😀\r\n---\r\nمتن.\r\n")).toEqual([]);
  });
});
