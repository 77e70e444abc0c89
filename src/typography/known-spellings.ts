/**
 * The ZWNJ spellings a site writes in its own registries (people, organisations, venues, topics):
 * `زارع‌پور`, `مامت‌خان`, `حمل‌ونقل`. A site knows its own names better than any dictionary, and no
 * rule can tell that `زارع پور` is one surname, so `check` writes them the registries' way wherever a
 * report has lost their ZWNJ, fused (`زارعپور`) or spaced (`زارع پور`).
 */
import { PERSIAN_WORD, ZWNJ, fixArabicLetters } from "./letters.ts";

/** Spellings by their letters without ZWNJs: `زارعپور` → `زارع‌پور`. */
export type KnownSpellings = ReadonlyMap<string, string>;

/** No spellings known beyond the rules' own: for texts outside a site (a search query, a measurement). */
export const NO_KNOWN_SPELLINGS: KnownSpellings = new Map();

/** Every Persian word of a text, as the rules find words. */
const WORDS = new RegExp(PERSIAN_WORD.source, "g");

/**
 * The words of the given texts that hold a ZWNJ, by their letters. Left out: a word in `ای` or
 * `های`, which may be either of two words (`نامه‌ای`, `نام‌های`) elsewhere, and letters the texts
 * spell two ways.
 * @example knownSpellingsIn(["name: عیسی زارع‌پور"]).get("زارعپور") // "زارع‌پور"
 */
export function knownSpellingsIn(texts: readonly string[]): KnownSpellings {
  const spellings = new Map<string, string>();
  const spelledTwoWays = new Set<string>();
  for (const text of texts) {
    for (const [word] of fixArabicLetters(text).matchAll(WORDS)) {
      if (!word.includes(ZWNJ)) continue;
      const letters = word.replaceAll(ZWNJ, "");
      if (letters.endsWith("ای")) continue;
      const earlier = spellings.get(letters);
      if (earlier !== undefined && earlier !== word) spelledTwoWays.add(letters);
      spellings.set(letters, word);
    }
  }
  for (const letters of spelledTwoWays) spellings.delete(letters);
  return spellings;
}
