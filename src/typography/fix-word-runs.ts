/**
 * The one pass that both `check` and search run over Persian words: each word fixed alone
 * (Arabic ي/ك, a lost ZWNJ inside it), then neighbours one space apart joined where that space
 * was a lost ZWNJ (`می شود` → `می‌شود`).
 */
import { ZWNJ, fixArabicLetters, hasArabicLetters } from "./letters.ts";
import { joinWordPair } from "./join-word-pair.ts";
import type { PersianWordAt } from "./markdown-prose.ts";
import { readingSettledByNeighbours, type FollowingText } from "./readings-settled-by-neighbours.ts";
import { NO_KNOWN_SPELLINGS, type KnownSpellings } from "./known-spellings.ts";
import { hehOrPluralReadings, readingSettledByText } from "./readings-settled-by-text.ts";
import { restoreZwnj, zwnjReadings, type JoinedSpellings } from "./restore-zwnj.ts";
import { seenWordPlural, wordsSeenInText } from "./unknown-word-plurals.ts";
import { WordFixMemo } from "./word-fix-memo.ts";

/** Why a word is changed: it holds Arabic ي/ك, it lost a ZWNJ, or both. */
export type TypographyReason = "arabic-letters" | "zwnj";

/** One word (or run of words joined into one) to change, where it stands in the given text. */
export interface TypographyChange {
  /** 1-based line in the given text. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units (one per Persian letter). */
  readonly column: number;
  /** As written; holds a space when words are joined (`می شود`). */
  readonly before: string;
  readonly after: string;
  readonly reasons: readonly TypographyReason[];
}

/**
 * A word left as written because it reads two ways, each with a ZWNJ (`دستهای`: `دست‌های` "hands
 * of" or `دسته‌ای` "a bunch"), where it stands in the given text: an editor has to choose.
 */
export interface UnsureWord {
  /** 1-based line in the given text. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units. */
  readonly column: number;
  /** As written. */
  readonly word: string;
  /** Its spellings, the plural first (`دست‌های`, `دسته‌ای`). */
  readonly readings: readonly string[];
}

/** A text after the fixes, what changed, and the words the rules could not decide. */
export interface FixedPersianText {
  readonly text: string;
  readonly changes: readonly TypographyChange[];
  readonly unsure: readonly UnsureWord[];
}

/** What every word of one pass is fixed with. */
interface RunContext {
  /** What to do with words whose joined spelling is standard too. */
  readonly joined: JoinedSpellings;
  readonly memo: WordFixMemo;
  /** The text's own words (`wordsSeenInText`). */
  readonly seen: ReadonlySet<string>;
  /** The site's spellings of its names (`knownSpellingsIn`). */
  readonly known: KnownSpellings;
}

/**
 * The word at `index` with its Arabic letters and lost ZWNJs fixed. Where the rules alone are unsure,
 * the text's own words may settle it (a loanword's plural in `های`, `مجموعهای` in a text about
 * `مجموعه`s), or the words beside it (`نامهای که`): no memo may keep those answers, since texts differ.
 */
function fixOne(words: readonly PersianWordAt[], index: number, text: string, run: RunContext): string {
  const { joined, memo, seen, known } = run;
  const word = words[index]?.word ?? "";
  const plain = fixArabicLetters(word);
  // The site's own spelling of its names first (`زارعپور` → `زارع‌پور`): no rule knows a surname.
  const siteSpelling = plain.includes(ZWNJ) ? undefined : known.get(plain);
  if (siteSpelling !== undefined) return siteSpelling;
  const fixed = memo.word(word, joined, () => restoreZwnj(plain, joined));
  if (fixed !== plain || plain.includes(ZWNJ)) return fixed;
  const readingsOf = () => memo.readings(plain, joined, () => zwnjReadings(plain, joined));
  return (
    seenWordPlural(plain, seen) ??
    readingSettledByText(plain, seen, readingsOf) ??
    // Only a word in `های` has neighbours to ask; the test spares finding them for every other word.
    (plain.endsWith("های") ? readingSettledByNeighbours(plain, wordBefore(words, index, text), textAfter(words, index, text), readingsOf) : undefined) ??
    plain
  );
}

/** The word one or more spaces before the word at `index`, if one is. */
function wordBefore(words: readonly PersianWordAt[], index: number, text: string): string | undefined {
  const previous = words[index - 1];
  const current = words[index];
  if (previous === undefined || current === undefined) return undefined;
  return /^ +$/.test(text.slice(previous.offset + previous.word.length, current.offset)) ? fixArabicLetters(previous.word) : undefined;
}

/** What follows the word at `index`: the next word one or more spaces on, a punctuation mark that ends a clause, or other text. */
function textAfter(words: readonly PersianWordAt[], index: number, text: string): FollowingText {
  const current = words[index];
  if (current === undefined) return "other";
  const next = words[index + 1];
  const end = current.offset + current.word.length;
  const gap = next === undefined ? text.slice(end) : text.slice(end, next.offset);
  if (next !== undefined && /^ +$/.test(gap)) return { word: fixArabicLetters(next.word) };
  return /^ *[.،:؛!?؟)»]/.test(gap) ? "clause end" : "other";
}

/**
 * Fixes the given words of `text` (in order, as a scanner found them) and everything between
 * them is kept byte for byte, except a single space that joined words replace.
 *
 * Words written two ways in correct Persian (`آنها`/`آن‌ها`, `تفاهمنامه`/`تفاهم‌نامه`,
 * `آیت الله`/`آیت‌الله`) keep their writer's choice, unless the text lost its ZWNJs: none of its
 * words holds one, yet some word surely needs one (`میشود`, `گزارش ها`). The writer's choice is
 * then gone, and they get the ZWNJ form too.
 *
 * `memo` keeps the rules' answers for words and pairs met before: give one to every call of a run
 * over many texts. `known` are the site's spellings of its names, which come before any rule.
 * @example fixWordRuns("گزارش ها", [{ word: "گزارش", offset: 0, line: 1, column: 1 }, { word: "ها", offset: 6, line: 1, column: 7 }]).text // "گزارش‌ها"
 */
export function fixWordRuns(
  text: string,
  words: readonly PersianWordAt[],
  memo: WordFixMemo = new WordFixMemo(),
  known: KnownSpellings = NO_KNOWN_SPELLINGS,
): FixedPersianText {
  const seen = wordsSeenInText(words.map(({ word }) => fixArabicLetters(word)));
  const asWritten = fixRuns(text, words, { joined: "keep", memo, seen, known });
  const lostZwnjs =
    !words.some(({ word }) => word.includes(ZWNJ)) && asWritten.changes.some(({ reasons }) => reasons.includes("zwnj"));
  return lostZwnjs ? fixRuns(text, words, { joined: "restore", memo, seen, known }) : asWritten;
}

/** One pass of `fixWordRuns`, told what to do with words whose joined spelling is standard too. */
function fixRuns(text: string, words: readonly PersianWordAt[], run: RunContext): FixedPersianText {
  const { joined, memo, known } = run;
  const changes: TypographyChange[] = [];
  const unsure: UnsureWord[] = [];
  const parts: string[] = [];
  let copied = 0;
  let index = 0;
  while (index < words.length) {
    const first = words[index];
    if (first === undefined) break;
    let after = fixOne(words, index, text, run);
    let end = first.offset + first.word.length;
    // Only a single plain space can be a ZWNJ that became a space; a line break or two spaces cannot.
    for (let next = words[index + 1]; next !== undefined && text.slice(end, next.offset) === " "; next = words[index + 1]) {
      const right = fixOne(words, index + 1, text, run);
      const left = after;
      const pair = knownPair(left, right, known) ?? memo.pair(left, right, joined, () => joinWordPair(left, right, joined));
      if (pair === undefined) break;
      after = pair;
      end = next.offset + next.word.length;
      index += 1;
    }
    index += 1;
    const before = text.slice(first.offset, end);
    if (after === before) {
      const two = before === first.word ? twoWayReadings(before, joined, memo) : undefined;
      if (two !== undefined) unsure.push({ line: first.line, column: first.column, word: before, readings: two });
      continue;
    }
    const reasons: TypographyReason[] = [];
    if (hasArabicLetters(before)) reasons.push("arabic-letters");
    if (after !== fixArabicLetters(before)) reasons.push("zwnj");
    parts.push(text.slice(copied, first.offset), after);
    copied = end;
    changes.push({ line: first.line, column: first.column, before, after, reasons });
  }
  parts.push(text.slice(copied));
  return { text: parts.join(""), changes, unsure };
}

/** Two words the site writes as one of its names, with a ZWNJ where the space is (`زارع پور` → `زارع‌پور`). */
function knownPair(left: string, right: string, known: KnownSpellings): string | undefined {
  if (left.includes(ZWNJ) || right.includes(ZWNJ)) return undefined;
  const spelling = known.get(left + right);
  return spelling === left + ZWNJ + right ? spelling : undefined;
}

/** The two spellings of a word left as written that reads as a plural in `های` or a word in ه + `ای`, else undefined. */
function twoWayReadings(word: string, joined: JoinedSpellings, memo: WordFixMemo): readonly string[] | undefined {
  if (!word.endsWith("های") || word.includes(ZWNJ)) return undefined;
  const readings = hehOrPluralReadings(word, () => memo.readings(word, joined, () => zwnjReadings(word, joined)));
  return readings === undefined ? undefined : [readings.plural, readings.heh];
}
