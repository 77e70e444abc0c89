/**
 * The other forms of a query word that should find the same reports: Persian plural and suffix forms
 * (گزارش‌ها finds گزارش, and گزارش finds گزارش‌ها as the start of it), common spelling variants
 * (گفتگو and گفت‌وگو, اتاق and اطاق) and English word stems (meetings finds meeting). The index keeps
 * each word as written (folded); the forms are worked out on the query side, so they cost the build
 * nothing and the same words are compared on both sides.
 */
import { stemmer } from "stemmer";
import { foldForSearch, SHORTEST_TERM, ZWNJ } from "./search-terms.ts";

/**
 * Persian endings of plural and suffix forms, longest first, each with the fewest letters its stem
 * must keep: a short stem is too easily a word of its own (ایران is not ایر + ان).
 */
const PERSIAN_SUFFIXES: readonly (readonly [suffix: string, shortestStem: number])[] = [
  ["هایی", 2],
  ["های", 2],
  ["ها", 2],
  ["ای", 3],
  ["یی", 3],
  ["ان", 4],
  ["ات", 4],
  ["ی", 3],
];

/** What may follow a Persian stem in a word of the same stem: nothing, or one of the endings. */
const PERSIAN_ENDINGS = new Set(["", ...PERSIAN_SUFFIXES.map(([suffix]) => suffix)]);

/**
 * Pairs of spellings of one word that writers use both of, in the index's folded spelling. A small
 * curated table: each pair is a word of the ministry's reports spelled two ways in real texts.
 */
const SPELLING_VARIANTS: readonly (readonly [string, string])[] = [
  ["گفتگو", "گفت\u200cوگو"],
  ["اتاق", "اطاق"],
  ["باتری", "باطری"],
  ["بلیت", "بلیط"],
  ["مسئول", "مسؤول"],
  ["مسئله", "مسأله"],
  ["هیئت", "هیأت"],
  ["ذغال", "زغال"],
].map(([one, other]) => [searchSpelling(one ?? ""), searchSpelling(other ?? "")] as const);

/** A word in the index's spelling, ZWNJ removed as the index joins a compound. */
function searchSpelling(word: string): string {
  return foldForSearch(word).split(ZWNJ).join("");
}

const ARABIC_SCRIPT = /^[\u0600-\u06ff]+$/;
const LATIN_LETTERS = /^[a-z]+$/;

/** A query word with every form it is matched by. */
export interface QueryWord {
  /** The word as typed (folded), then its spelling variants: each matches as the start of an index term. */
  readonly forms: readonly string[];
  /** Persian stems: an index term matches when it is a stem followed by nothing or by one of the endings. */
  readonly persianStems: readonly string[];
  /** The Porter stem of an English word: an index term matches when its own stem is the same. */
  readonly englishStem?: string | undefined;
}

/**
 * Every form of a query term (from {@link queryTerms}).
 * @example queryWord("گزارشها") // { forms: ["گزارشها"], persianStems: ["گزارش"], englishStem: undefined }
 * @example queryWord("meetings").englishStem // "meet"
 */
export function queryWord(term: string): QueryWord {
  const forms = [term];
  for (const [one, other] of SPELLING_VARIANTS) {
    if (term.startsWith(one)) forms.push(other + term.slice(one.length));
    else if (term.startsWith(other)) forms.push(one + term.slice(other.length));
  }
  const persianStems: string[] = [];
  if (ARABIC_SCRIPT.test(term)) {
    for (const form of forms) {
      for (const [suffix, shortestStem] of PERSIAN_SUFFIXES) {
        const stem = form.slice(0, form.length - suffix.length);
        if (!form.endsWith(suffix) || stem.length < Math.max(shortestStem, SHORTEST_TERM)) continue;
        if (!persianStems.includes(stem)) persianStems.push(stem);
        // After a plural ending, what is left is the stem: گزارشهای is not گزارشه + ای.
        if (suffix.startsWith("ها")) break;
      }
    }
  }
  const englishStem = LATIN_LETTERS.test(term) && term.length > 3 ? stemmer(term) : undefined;
  return { forms, persianStems, englishStem: englishStem !== undefined && englishStem.length >= SHORTEST_TERM ? englishStem : undefined };
}

/** How much a word found only as the start of a longer word counts, against the whole word. */
export const PREFIX_MATCH = 0.5;
/** How much another form of the word (a plural for a singular, a stem) counts, against the word as typed. */
export const OTHER_FORM_MATCH = 0.8;

/**
 * How well an index term matches a query word: 1 the word itself (or a spelling variant), 0.8
 * another form of it, 0.5 a longer word it starts, 0 no match.
 * @example termMatch(queryWord("گزارشها"), "گزارش") // 0.8
 * @example termMatch(queryWord("ministers"), "minister") // 0.8
 */
export function termMatch(word: QueryWord, term: string): number {
  let best = 0;
  for (const form of word.forms) {
    if (term === form) return 1;
    if (term.startsWith(form)) best = PREFIX_MATCH;
  }
  for (const stem of word.persianStems) {
    if (term.startsWith(stem) && PERSIAN_ENDINGS.has(term.slice(stem.length))) return OTHER_FORM_MATCH;
  }
  const stem = word.englishStem;
  // Porter may change a stem's last letter (happy → happi), so the term is stemmed only when it shares the rest.
  if (stem !== undefined && term.startsWith(stem.slice(0, -1)) && LATIN_LETTERS.test(term) && stemmer(term) === stem) return OTHER_FORM_MATCH;
  return best;
}

/**
 * The starts of index terms a query word can match: the index files to fetch are theirs.
 * @example wordStarts(queryWord("اطاقها")) // ["اطاقها", "اتاقها", "اطاق", "اتاق"]
 */
export function wordStarts(word: QueryWord): string[] {
  const starts = [...word.forms, ...word.persianStems];
  if (word.englishStem !== undefined) starts.push(word.englishStem);
  return [...new Set(starts)];
}
