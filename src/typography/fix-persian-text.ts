/**
 * The safe typography fixes of contract §6 over a Markdown text: Arabic ي/ك → Persian ی/ک and
 * lost ZWNJs restored, in Persian prose words only. `check` reports the same findings as warnings.
 */
import { fixArabicLetters, hasArabicLetters } from "./letters.ts";
import { persianWordsInMarkdown } from "./markdown-prose.ts";
import { restoreZwnj } from "./restore-zwnj.ts";

/** Why a word is changed: it holds Arabic ي/ك, it lost a ZWNJ, or both. */
export type TypographyReason = "arabic-letters" | "zwnj";

/** One word to change, where it stands in the given text. */
export interface TypographyChange {
  /** 1-based line in the given text. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units (one per Persian letter). */
  readonly column: number;
  readonly before: string;
  readonly after: string;
  readonly reasons: readonly TypographyReason[];
}

/** A Markdown text after the fixes, and what changed. */
export interface FixedPersianText {
  readonly text: string;
  readonly changes: readonly TypographyChange[];
}

/** The fixes one word needs, or undefined when it is right as it is. */
function fixWord(word: string): { after: string; reasons: TypographyReason[] } | undefined {
  const letters = fixArabicLetters(word);
  const after = restoreZwnj(letters);
  if (after === word) return undefined;
  const reasons: TypographyReason[] = [];
  if (hasArabicLetters(word)) reasons.push("arabic-letters");
  if (after !== letters) reasons.push("zwnj");
  return { after, reasons };
}

/**
 * What `fixPersianText` would change, without changing anything: for `check`'s warnings.
 * @example findTypographyWarnings("همکاریهای `code`")
 * // [{ line: 1, column: 1, before: "همکاریهای", after: "همکاری‌های", reasons: ["zwnj"] }]
 */
export function findTypographyWarnings(markdown: string): TypographyChange[] {
  const changes: TypographyChange[] = [];
  for (const { word, line, column } of persianWordsInMarkdown(markdown)) {
    const fix = fixWord(word);
    if (fix !== undefined) changes.push({ line, column, before: word, ...fix });
  }
  return changes;
}

/**
 * Applies the safe fixes to the Persian prose of a Markdown text; code, URLs, link targets,
 * HTML, frontmatter and Latin text stay byte for byte. Fixing fixed text changes nothing.
 * @example fixPersianText("وي گفت `كد`").text // "وی گفت `كد`"
 */
export function fixPersianText(markdown: string): FixedPersianText {
  const changes: TypographyChange[] = [];
  const parts: string[] = [];
  let copied = 0;
  for (const { word, offset, line, column } of persianWordsInMarkdown(markdown)) {
    const fix = fixWord(word);
    if (fix === undefined) continue;
    parts.push(markdown.slice(copied, offset), fix.after);
    copied = offset + word.length;
    changes.push({ line, column, before: word, ...fix });
  }
  parts.push(markdown.slice(copied));
  return { text: parts.join(""), changes };
}
