/**
 * The typography findings of a Persian report body (Arabic ي/ك, lost ZWNJ), for `check`'s warnings
 * and `check --fix`. The rules live in `src/typography/`.
 */
import { fixPersianText, WordFixMemo } from "../typography/index.ts";
import type { TypographyFinding } from "./content-warnings.ts";

/**
 * Words the typography rules would write otherwise. Over an archive, give every call the same `memo`.
 * @example typographyFindings("همکاریهای ایران") // [{ line: 1, column: 1, before: "همکاریهای", after: "همکاری‌های" }]
 */
export function typographyFindings(markdown: string, memo: WordFixMemo = new WordFixMemo()): TypographyFinding[] {
  return fixedBody(markdown, memo).changes;
}

/**
 * A body with its typography repaired, and what changed.
 * @example fixedBody("میتواند").text // "می‌تواند"
 */
export function fixedBody(markdown: string, memo: WordFixMemo = new WordFixMemo()): { text: string; changes: TypographyFinding[] } {
  const fixed = fixPersianText(markdown, memo);
  return { text: fixed.text, changes: fixed.changes.map(({ line, column, before, after }) => ({ line, column, before, after })) };
}
