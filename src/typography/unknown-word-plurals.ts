/**
 * Plurals of words the word list lacks (loanwords, names): `کامیتها` → `کامیت‌ها`. No list says
 * what such a word is, so only endings that nothing else could be are split by their letters alone;
 * `های`, which may also be ه + `ای`, is split only where the text itself names the word.
 */
import { ZWNJ, endsJoining } from "./letters.ts";
import { isPersianWord } from "./persian-lexicon.ts";

/** The plural endings that no other ending of a word in ه could be: `های` could be ه + `ای`. */
const UNAMBIGUOUS_PLURALS = ["هایی", "ها"];
const PLURAL_OF = "های";

/** True when `base` could be a word the list lacks, with a plural ending fused to it. */
function isUnknownBase(base: string): boolean {
  // After a word in ه the rules for silent ه read the plural.
  return base.length >= 3 && endsJoining(base) && !base.endsWith("ه") && !isPersianWord(base);
}

/**
 * `کامیتها` → `کامیت‌ها`: a word the list lacks with `ها` or `هایی` fused to it; `restoreZwnj` asks
 * only when nothing else reads the word. Not `های` (see {@link seenWordPlural}), nor `نهتنها`.
 * @example pluralOfUnknownWord("کامیتها") // "کامیت‌ها"
 * @example pluralOfUnknownWord("نهتنها") // undefined
 */
export function pluralOfUnknownWord(word: string): string | undefined {
  if (isPersianWord(word)) return undefined;
  for (const ending of UNAMBIGUOUS_PLURALS) {
    const base = word.slice(0, -ending.length);
    if (!word.endsWith(ending) || !isUnknownBase(base)) continue;
    // `نهتنها` is `نه` + `تنها`: a word the list itself pluralises (`تنهاها`) owns its `ها`.
    for (let start = 1; start < base.length; start += 1) {
      const plain = `${word.slice(start, -ending.length)}ها`;
      if (isPersianWord(plain) && isPersianWord(`${plain}ها`)) return undefined;
    }
    return base + ZWNJ + ending;
  }
  return undefined;
}

/**
 * The bare forms of a text's words that can tell a plural's base: each word without its ZWNJs,
 * and the part before the first ZWNJ of one that has them (`کامیت‌ها` names `کامیت`).
 * @example wordsSeenInText(["کامیت", "برنچ‌ها"]) // Set { "کامیت", "برنچها", "برنچ" }
 */
export function wordsSeenInText(words: readonly string[]): Set<string> {
  const seen = new Set<string>();
  for (const word of words) {
    seen.add(word.replaceAll(ZWNJ, ""));
    const cut = word.indexOf(ZWNJ);
    if (cut > 0) seen.add(word.slice(0, cut));
  }
  return seen;
}

/**
 * `کامیتهای` → `کامیت‌های` where the text itself writes `کامیت` alone and never `کامیته`. Alone, its
 * letters also read as `کامیته` + `ای`, and the list knows neither word; the text tells which.
 * @example seenWordPlural("کامیتهای", new Set(["کامیت"])) // "کامیت‌های"
 * @example seenWordPlural("کامیتهای", new Set()) // undefined
 */
export function seenWordPlural(word: string, seen: ReadonlySet<string>): string | undefined {
  if (!word.endsWith(PLURAL_OF) || word.includes(ZWNJ) || isPersianWord(word)) return undefined;
  const base = word.slice(0, -PLURAL_OF.length);
  // Neither base may be a word the list knows: then the rules' own readings decide.
  if (!isUnknownBase(base) || isPersianWord(`${base}ه`)) return undefined;
  if (!seen.has(base) || seen.has(`${base}ه`)) return undefined;
  return base + ZWNJ + PLURAL_OF;
}
