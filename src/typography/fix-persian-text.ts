/**
 * The safe typography fixes of contract §6 over a Markdown text: Arabic ي/ك → Persian ی/ک and
 * lost ZWNJs restored, in Persian prose words only. `check` reports the same findings as warnings.
 */
import { fixWordRuns, type FixedPersianText, type TypographyChange } from "./fix-word-runs.ts";
import { NO_KNOWN_SPELLINGS, type KnownSpellings } from "./known-spellings.ts";
import { persianWordsInMarkdown } from "./markdown-prose.ts";
import { WordFixMemo } from "./word-fix-memo.ts";

export type { FixedPersianText, TypographyChange, TypographyReason } from "./fix-word-runs.ts";

/**
 * What `fixPersianText` would change, without changing anything: for `check`'s warnings.
 * @example findTypographyWarnings("همکاریهای `code`")
 * // [{ line: 1, column: 1, before: "همکاریهای", after: "همکاری‌های", reasons: ["zwnj"] }]
 */
export function findTypographyWarnings(markdown: string): TypographyChange[] {
  return [...fixPersianText(markdown).changes];
}

/**
 * Applies the safe fixes to the Persian prose of a Markdown text; code, URLs, link targets,
 * HTML, frontmatter and Latin text stay byte for byte. Two prose words one space apart are
 * joined where that space was a lost ZWNJ. Fixing fixed text changes nothing. Over many texts,
 * give every call the same `memo`; `known` gives a site's spellings of its names (`knownSpellingsIn`).
 * @example fixPersianText("وي گفت `كد`").text // "وی گفت `كد`"
 * @example fixPersianText("می شود").text // "می‌شود"
 */
export function fixPersianText(markdown: string, memo: WordFixMemo = new WordFixMemo(), known: KnownSpellings = NO_KNOWN_SPELLINGS): FixedPersianText {
  return fixWordRuns(markdown, persianWordsInMarkdown(markdown), memo, known);
}
