/**
 * `کامیتهای` → `کامیت‌های` where the text itself writes `کامیت`: a loanword or a name the word list
 * lacks, with `های` fused to it. Alone, its letters also read as `کامیته` + `ای`, and the list knows
 * neither word; but a text that names `کامیت` elsewhere, and never `کامیته`, means the plural.
 */
import { ZWNJ, endsJoining } from "./letters.ts";
import { isPersianWord } from "./persian-lexicon.ts";

const PLURAL_OF = "های";

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
 * The word as a plural in `های` of a word the list lacks but the text writes alone, or undefined.
 * @example seenWordPlural("کامیتهای", new Set(["کامیت"])) // "کامیت‌های"
 * @example seenWordPlural("کامیتهای", new Set()) // undefined
 */
export function seenWordPlural(word: string, seen: ReadonlySet<string>): string | undefined {
  if (!word.endsWith(PLURAL_OF) || word.includes(ZWNJ) || isPersianWord(word)) return undefined;
  const base = word.slice(0, -PLURAL_OF.length);
  if (base.length < 3 || !endsJoining(base) || base.endsWith("ه")) return undefined;
  // Neither base may be a word the list knows: then the rules' own readings decide.
  if (isPersianWord(base) || isPersianWord(`${base}ه`)) return undefined;
  if (!seen.has(base) || seen.has(`${base}ه`)) return undefined;
  return base + ZWNJ + PLURAL_OF;
}
