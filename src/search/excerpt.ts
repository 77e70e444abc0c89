/**
 * The excerpt a search result shows: the stretch of the report's text with the most of the query's
 * words, cut at word boundaries, its matching words marked. Plain strings: the page sets them as
 * text, never as markup.
 */
import { foldForSearch, ZWNJ } from "./search-terms.ts";
import { termMatch, type QueryWord } from "./word-forms.ts";

/** A run of the excerpt's text, marked when it is one of the query's words. */
export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

/** Words an excerpt holds, and how many of them come before its first match. */
const EXCERPT_WORDS = 32;
const WORDS_BEFORE_MATCH = 8;

/** A word of the text: letters, digits and marks, a compound kept whole across its ZWNJ. */
const WORD = /[\p{L}\p{N}\p{M}\u200c\u0640]+/gu;

/** Which query word a word of the text matches (its index), or -1. */
function matchingWord(word: string, words: readonly QueryWord[]): number {
  const folded = foldForSearch(word);
  const candidates = [folded.split(ZWNJ).join(""), ...folded.split(ZWNJ)];
  return words.findIndex((query) => candidates.some((candidate) => candidate !== "" && termMatch(query, candidate) > 0));
}

/**
 * The excerpt of `text` around its best match of `words`, or undefined when no word of it matches.
 * @example excerptOf("The ITU met in Baku.", [queryWord("baku")]) // [{ text: "The ITU met in ", marked: false }, { text: "Baku", marked: true }, { text: ".", marked: false }]
 */
export function excerptOf(text: string, words: readonly QueryWord[]): ExcerptPart[] | undefined {
  const spans: { start: number; end: number; match: number }[] = [];
  for (const found of text.matchAll(WORD)) spans.push({ start: found.index, end: found.index + found[0].length, match: matchingWord(found[0], words) });
  // The window of words with the most distinct query words in it, then the most matches; the first such wins.
  let best = -1;
  let bestDistinct = 0;
  let bestMatches = 0;
  for (let first = 0; first < spans.length; first++) {
    if (spans[first]?.match === -1) continue;
    const inWindow = spans.slice(first, first + EXCERPT_WORDS - WORDS_BEFORE_MATCH).filter((span) => span.match !== -1);
    const distinct = new Set(inWindow.map((span) => span.match)).size;
    if (distinct > bestDistinct || (distinct === bestDistinct && inWindow.length > bestMatches)) {
      [best, bestDistinct, bestMatches] = [first, distinct, inWindow.length];
    }
  }
  if (best < 0) return undefined;
  const firstWord = Math.max(0, best - WORDS_BEFORE_MATCH);
  const lastWord = Math.min(spans.length, firstWord + EXCERPT_WORDS) - 1;
  const startsText = firstWord === 0;
  const endsText = lastWord === spans.length - 1;
  const parts: ExcerptPart[] = [];
  const add = (part: string, marked: boolean) => {
    if (part === "") return;
    const last = parts[parts.length - 1];
    if (last !== undefined && !last.marked && !marked) parts[parts.length - 1] = { text: last.text + part, marked };
    else parts.push({ text: part, marked });
  };
  let at = startsText ? 0 : (spans[firstWord]?.start ?? 0);
  if (!startsText) add("… ", false);
  for (let index = firstWord; index <= lastWord; index++) {
    const span = spans[index];
    if (span === undefined || span.match === -1) continue;
    add(text.slice(at, span.start), false);
    add(text.slice(span.start, span.end), true);
    at = span.end;
  }
  add(text.slice(at, endsText ? text.length : (spans[lastWord]?.end ?? text.length)), false);
  if (!endsText) add(" …", false);
  return parts;
}
