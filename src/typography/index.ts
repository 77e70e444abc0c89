/**
 * Persian typography repair (contract §6): Arabic ي/ك → Persian ی/ک and lost ZWNJs restored where
 * the rules are sure, over Markdown prose only.
 */
export { ZWNJ, endsJoining, fixArabicLetters, hasArabicLetters } from "./letters.ts";
export { isPersianWord, loadPersianLexicon, type PersianLexiconInfo } from "./persian-lexicon.ts";
export { restoreZwnj, type JoinedSpellings } from "./restore-zwnj.ts";
export { joinWordPair } from "./join-word-pair.ts";
export { repairSearchQuery } from "./repair-search-query.ts";
export { WordFixMemo } from "./word-fix-memo.ts";
export { knownSpellingsIn, NO_KNOWN_SPELLINGS, type KnownSpellings } from "./known-spellings.ts";
export { persianWordsInMarkdown, type PersianWordAt } from "./markdown-prose.ts";
export {
  findTypographyWarnings,
  fixPersianText,
  type FixedPersianText,
  type TypographyChange,
  type TypographyReason,
} from "./fix-persian-text.ts";
