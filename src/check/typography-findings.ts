/**
 * The typography findings of a Persian report body (Arabic ي/ك, lost ZWNJ), for `check`'s warnings
 * and `check --fix`. The rules live in `src/typography/`.
 */
import { fixPersianText } from "../typography/index.ts";
import type { TypographyFinding } from "./content-warnings.ts";

/**
 * Words the typography rules would write otherwise.
 * @example typographyFindings("همکاریهای ایران") // [{ line: 1, column: 1, before: "همکاریهای", after: "همکاری‌های" }]
 */
export function typographyFindings(markdown: string): TypographyFinding[] {
  return fixedBody(markdown).changes;
}

/**
 * A body with its typography repaired, and what changed.
 * @example fixedBody("میتواند").text // "می‌تواند"
 */
export function fixedBody(markdown: string): { text: string; changes: TypographyFinding[] } {
  const fixed = fixPersianText(markdown);
  return { text: fixed.text, changes: fixed.changes.map(({ line, column, before, after }) => ({ line, column, before, after })) };
}
