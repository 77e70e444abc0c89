/**
 * Persian letters as the typography rules see them: which ones join the next letter, and the
 * Arabic look-alikes that Persian text must not use.
 */

/** ZERO WIDTH NON-JOINER (U+200C): keeps two parts of one word from joining, as in `می‌تواند`. */
export const ZWNJ = "\u200c";

/** The ezafe after a silent ه, written as hamza above (`حوزهٔ`) or as the letter ۀ (`حوزۀ`). */
export const HAMZA_ABOVE = "\u0654";
export const HEH_WITH_YEH = "\u06c0";

/**
 * Letters that never join the letter after them. A suffix after one of these needs no ZWNJ
 * (`کشورها` is already right), so the rules never add one there.
 */
const NON_JOINING = new Set([..."اآأإءؤدذرزژوة"]);

/**
 * True when the word's last letter joins the next letter, so a suffix written straight after it
 * would fuse with it (`همکاریها`), and a ZWNJ is what keeps them apart.
 * @example endsJoining("همکاری") // true
 * @example endsJoining("کشور") // false
 */
export function endsJoining(word: string): boolean {
  const last = word.at(-1);
  return last !== undefined && !NON_JOINING.has(last);
}

/**
 * Writes Arabic yeh (ي, U+064A) and Arabic kaf (ك, U+0643) as Persian yeh (ی, U+06CC) and keheh (ک, U+06A9).
 * Every other character is kept as it is.
 * @example fixArabicLetters("همكاري") // "همکاری"
 */
export function fixArabicLetters(text: string): string {
  return text.replace(/[\u064a\u0643]/g, (letter) => (letter === "\u064a" ? "\u06cc" : "\u06a9"));
}

/**
 * True when the text holds an Arabic yeh or kaf.
 * @example hasArabicLetters("كيهان") // true
 */
export function hasArabicLetters(text: string): boolean {
  return /[\u064a\u0643]/.test(text);
}

/** First letter of a Persian word: Arabic-script letters, without digits, punctuation or marks. */
const LETTER = "\\u0620-\\u064a\\u066e\\u066f\\u0671-\\u06d3\\u06d5\\u06ee\\u06ef\\u06fa-\\u06fc\\u06ff";
/** Inside a word: letters, harakat and other combining marks, tatweel and ZWNJ. */
const WORD_INSIDE = `${LETTER}\\u064b-\\u065f\\u0670\\u06d6-\\u06ed\\u0640\\u200c`;

/** A Persian word (sticky, so scanners can try it at one position); trailing ZWNJs are not part of it. */
export const PERSIAN_WORD = new RegExp(`[${LETTER}](?:[${WORD_INSIDE}]*[${LETTER}\\u064b-\\u065f\\u0670\\u06d6-\\u06ed\\u0640])?`, "y");

const ONE_LETTER = new RegExp(`^[${LETTER}]$`);

/**
 * True for a character that can start a Persian word.
 * @example isPersianLetter("ک") // true
 */
export function isPersianLetter(char: string): boolean {
  return ONE_LETTER.test(char);
}
