/**
 * The words a search matches on, the same in the build (indexing reports) and in the browser
 * (reading a query). Readers type Persian on Arabic keyboards (ي, ك), digits in any script, with or
 * without the zero-width non-joiner; all of these must find the same report.
 */
import { toAsciiDigits } from "../dates/digits.ts";

/** The zero-width non-joiner, which joins a compound's parts. */
export const ZWNJ = "\u200c";

/** Arabic letter forms that Persian writes with its own letters, and forms a reader may not type. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  "\u064a": "\u06cc", // ي → ی
  "\u0649": "\u06cc", // ى → ی
  "\u0643": "\u06a9", // ك → ک
  "\u0629": "\u0647", // ة → ه
  "\u06c0": "\u0647", // ۀ → ه
  "\u0623": "\u0627", // أ → ا
  "\u0625": "\u0627", // إ → ا
  "\u0671": "\u0627", // ٱ → ا
  "\u0624": "\u0648", // ؤ → و
  "\u0622": "\u0627", // آ → ا: اذربایجان finds آذربایجان
  "\u0626": "\u06cc", // ئ → ی: رییس finds رئیس
};
const FOLDED_LETTERS = new RegExp(`[${Object.keys(LETTER_FOLDS).join("")}]`, "g");

/**
 * Marks nobody types in a query: Arabic vowel signs, hamza above, superscript alef, tatweel, LRM/RLM,
 * ZWJ, and the lone hamza ء, which writers add or leave out (اجزاء, اجزا).
 */
const IGNORED_MARKS = /[\u064b-\u065f\u0670\u0640\u0621\u200d\u200e\u200f]/g;

/**
 * What each character of the Basic Multilingual Plane is to a word: 1 a letter or digit, 2 the ZWNJ
 * that joins a compound's parts, 0 a separator. A table lookup per character is several times
 * faster than a Unicode-property regular expression over an archive's millions of words.
 */
const WORD_CHARACTER = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
for (let code = 0; code < 0x10000; code++) if (LETTER_OR_DIGIT.test(String.fromCharCode(code))) WORD_CHARACTER[code] = 1;
WORD_CHARACTER[ZWNJ.charCodeAt(0)] = 2;

/**
 * Whether a character of the Basic Multilingual Plane is a letter or a digit.
 * @example isWordCharacter("ی".charCodeAt(0)) // true
 */
export function isWordCharacter(code: number): boolean {
  return WORD_CHARACTER[code] === 1;
}

/**
 * Calls `visit` with each word of already folded text (letters and digits, a compound's parts
 * kept together with their ZWNJ), and whether it holds a ZWNJ.
 */
function forEachWord(folded: string, visit: (word: string, hasZwnj: boolean) => void): void {
  let start = -1;
  let hasZwnj = false;
  for (let index = 0; index <= folded.length; ) {
    let kind = 0;
    let width = 1;
    if (index < folded.length) {
      const code = folded.charCodeAt(index);
      if (code < 0xd800 || code > 0xdfff) kind = WORD_CHARACTER[code] ?? 0;
      else {
        // A character outside the table (a surrogate pair) is rare enough to ask the regular expression.
        const character = String.fromCodePoint(folded.codePointAt(index) ?? 0);
        width = character.length;
        kind = LETTER_OR_DIGIT.test(character) ? 1 : 0;
      }
    }
    if (kind !== 0) {
      if (start < 0) {
        start = index;
        hasZwnj = false;
      }
      if (kind === 2) hasZwnj = true;
    } else if (start >= 0) {
      visit(folded.slice(start, index), hasZwnj);
      start = -1;
    }
    index += width;
  }
}

/** Words of one letter ("s" of "ITU's", "و") find nothing useful and are left out. */
export const SHORTEST_TERM = 2;

/**
 * Text in the spelling the index uses: letters folded, marks dropped, ASCII digits, lower case.
 * ZWNJ is kept so compounds can still be split.
 * @example foldForSearch("همكاري‌هاي ۱۴۰۴ ITU") // "همکاری‌های 1404 itu"
 */
export function foldForSearch(text: string): string {
  return toAsciiDigits(text.replace(FOLDED_LETTERS, (letter) => LETTER_FOLDS[letter] ?? letter).replace(IGNORED_MARKS, "")).toLowerCase();
}

/**
 * The terms a report's text is indexed under: every word without its ZWNJ, and for a compound also
 * each of its parts, so "همکاری‌های" is found by "همکاریهای", "همکاری‌های" and "همکاری های".
 * @example indexTerms("همکاری‌های ITU") // ["همکاریهای", "همکاری", "های", "itu"]
 */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  forEachIndexTerm(text, (term) => terms.push(term));
  return terms;
}

/**
 * Calls `visit` with each of {@link indexTerms}, in the same order, without making their array:
 * a report's body has about a thousand of them.
 * @example forEachIndexTerm("همکاری‌های ITU", console.log) // logs "همکاریهای", "همکاری", "های", "itu"
 */
export function forEachIndexTerm(text: string, visit: (term: string) => void): void {
  forEachWord(foldForSearch(text), (word, hasZwnj) => {
    if (!hasZwnj) {
      if (word.length >= SHORTEST_TERM) visit(word);
      return;
    }
    const parts = word.split(ZWNJ).filter((part) => part !== "");
    const joined = parts.join("");
    if (joined.length >= SHORTEST_TERM) visit(joined);
    if (parts.length > 1) for (const part of parts) if (part.length >= SHORTEST_TERM) visit(part);
  });
}

/**
 * The terms of a query, each matched as the start of an indexed term (and by its other forms,
 * see word-forms.ts); a plural ending or "می" typed apart is joined to its word, as the index joins
 * a compound.
 * @example queryTerms("همكاري‌هاي  1404") // ["همکاریهای", "1404"]
 * @example queryTerms("گزارش ها") // ["گزارشها"]
 */
export function queryTerms(query: string): string[] {
  const words: string[] = [];
  let joinNext = false;
  forEachWord(foldForSearch(query), (word) => {
    const joined = word.split(ZWNJ).join("");
    // A compound typed with a space where its ZWNJ belongs ("گزارش ها", "می خواهم") is one word.
    if (joinNext || (DETACHED_SUFFIXES.has(joined) && words.length > 0)) words.push(`${words.pop() ?? ""}${joined}`);
    else words.push(joined);
    joinNext = DETACHED_PREFIXES.has(joined);
  });
  return [...new Set(words.filter((word) => word.length >= SHORTEST_TERM))];
}

/** Endings a reader may type apart from their word, with a space instead of a ZWNJ. */
const DETACHED_SUFFIXES = new Set(["ها", "های", "هایی", "ای", "تر", "ترین"]);
/** Beginnings a reader may type apart from their word. */
const DETACHED_PREFIXES = new Set(["می", "نمی"]);

/**
 * The index file a term is kept in: its first two characters as hexadecimal code points, so file
 * names stay ASCII and a query needs only the files of its own words.
 * @example shardOf("itu") // "69-74"
 * @example shardOf("همکاری") // "647-645"
 */
export function shardOf(term: string): string {
  return [...term]
    .slice(0, SHORTEST_TERM)
    .map((char) => (char.codePointAt(0) ?? 0).toString(16))
    .join("-");
}
