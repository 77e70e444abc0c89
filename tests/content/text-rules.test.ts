import { describe, expect, it } from "vitest";
import { MAX_SLUG_LENGTH, bidiControlProblem, slugProblem } from "../../src/content/text-rules.ts";

describe("slugProblem", () => {
  it("accepts lowercase ASCII letters and digits joined by single hyphens", () => {
    expect(slugProblem("itu-sg-baku")).toBe(undefined);
    expect(slugProblem("wtdc-25")).toBe(undefined);
    expect(slugProblem("5g")).toBe(undefined);
  });

  it("refuses capitals, underscores and double hyphens", () => {
    expect(slugProblem("ITU--Baku")).toBe('expected lowercase ASCII letters, digits and single hyphens, got "ITU--Baku"');
    expect(slugProblem("bad_slug")).toBe('expected lowercase ASCII letters, digits and single hyphens, got "bad_slug"');
    expect(slugProblem("itu--baku")).toBe('expected lowercase ASCII letters, digits and single hyphens, got "itu--baku"');
  });

  it("refuses a hyphen at either end", () => {
    expect(slugProblem("-itu")).toBe('expected lowercase ASCII letters, digits and single hyphens, got "-itu"');
    expect(slugProblem("itu-")).toBe('expected lowercase ASCII letters, digits and single hyphens, got "itu-"');
  });

  it("refuses Persian letters and Persian digits", () => {
    expect(slugProblem("دیدار")).toBe('expected lowercase ASCII letters, digits and single hyphens, got "دیدار"');
    expect(slugProblem("wtdc-۲۵")).toBe('expected lowercase ASCII letters, digits and single hyphens, got "wtdc-۲۵"');
  });

  it("refuses an empty slug", () => {
    expect(slugProblem("")).toBe('expected lowercase ASCII letters, digits and single hyphens, got ""');
  });

  it("accepts 80 characters and refuses 81", () => {
    expect(MAX_SLUG_LENGTH).toBe(80);
    expect(slugProblem("a".repeat(80))).toBe(undefined);
    expect(slugProblem("a".repeat(81))).toBe("expected at most 80 characters, got 81");
  });
});

describe("bidiControlProblem", () => {
  it("names each embedding, override and isolate character", () => {
    const found = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"].map((char) =>
      bidiControlProblem(`a${char}b`),
    );
    expect(found).toEqual([
      "contains the bidi control character U+202A (LEFT-TO-RIGHT EMBEDDING): remove it",
      "contains the bidi control character U+202B (RIGHT-TO-LEFT EMBEDDING): remove it",
      "contains the bidi control character U+202C (POP DIRECTIONAL FORMATTING): remove it",
      "contains the bidi control character U+202D (LEFT-TO-RIGHT OVERRIDE): remove it",
      "contains the bidi control character U+202E (RIGHT-TO-LEFT OVERRIDE): remove it",
      "contains the bidi control character U+2066 (LEFT-TO-RIGHT ISOLATE): remove it",
      "contains the bidi control character U+2067 (RIGHT-TO-LEFT ISOLATE): remove it",
      "contains the bidi control character U+2068 (FIRST STRONG ISOLATE): remove it",
      "contains the bidi control character U+2069 (POP DIRECTIONAL ISOLATE): remove it",
    ]);
  });

  it("names the first of several bidi control characters", () => {
    expect(bidiControlProblem("\u2067a\u202e")).toBe("contains the bidi control character U+2067 (RIGHT-TO-LEFT ISOLATE): remove it");
  });

  it("lets ZWNJ, ZWJ, LRM, RLM and the Arabic letter mark through", () => {
    expect(bidiControlProblem("همکاری\u200cها \u200d \u200eITU\u200e \u200fایران\u200f \u061c")).toBe(undefined);
  });

  it("finds nothing in plain Persian and English text", () => {
    expect(bidiControlProblem("دیدار وزیر با دبیرکل ITU در باکو")).toBe(undefined);
  });
});
