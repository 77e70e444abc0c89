/**
 * The typography findings of a Persian report body (Arabic ي/ك, lost ZWNJ), for `check`'s warnings
 * and `check --fix`. The rules live in `src/typography/`.
 */
import { fixPersianText, NO_KNOWN_SPELLINGS, WordFixMemo, type KnownSpellings } from "../typography/index.ts";
import type { TypographyFinding } from "./content-warnings.ts";

/**
 * Words the typography rules would write otherwise, and words they leave because they read two ways
 * (with `readings`), in the order they stand. Over an archive, give every call the same `memo`;
 * `known` are the site's spellings of its names.
 * @example typographyFindings("همکاریهای ایران") // [{ line: 1, column: 1, before: "همکاریهای", after: "همکاری‌های" }]
 * @example typographyFindings("دستهای")[0]?.readings // ["دست‌های", "دسته‌ای"]
 */
export function typographyFindings(markdown: string, memo: WordFixMemo = new WordFixMemo(), known: KnownSpellings = NO_KNOWN_SPELLINGS): TypographyFinding[] {
  const fixed = fixPersianText(markdown, memo, known);
  const unsure: TypographyFinding[] = fixed.unsure.map(({ line, column, word, readings }) => ({ line, column, before: word, after: word, readings }));
  return [...fixed.changes.map(asFinding), ...unsure].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A change as `check` reports it: where, and the word before and after. */
function asFinding({ line, column, before, after }: TypographyFinding): TypographyFinding {
  return { line, column, before, after };
}

/**
 * A body with its typography repaired, and what changed.
 * @example fixedBody("میتواند").text // "می‌تواند"
 */
export function fixedBody(
  markdown: string,
  memo: WordFixMemo = new WordFixMemo(),
  known: KnownSpellings = NO_KNOWN_SPELLINGS,
): { text: string; changes: TypographyFinding[] } {
  const fixed = fixPersianText(markdown, memo, known);
  return { text: fixed.text, changes: fixed.changes.map(asFinding) };
}
