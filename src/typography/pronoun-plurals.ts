/**
 * The plurals of the demonstratives (`آنها`, `اینها`, `همینها`, `همانها`), which the press writes
 * joined as often as with a ZWNJ (`آن‌ها`). Correct text keeps its writer's choice; only text that
 * lost its ZWNJs (`restoreZwnj(word, "restore")`, see `fix-word-runs.ts`) gets the ZWNJ form, as its
 * writer's choice is gone.
 */
import { ZWNJ } from "./letters.ts";
import { PLURAL_ENDINGS } from "./zwnj-words.ts";

/** The words whose plural is written both ways. */
const DEMONSTRATIVES = ["همین", "همان", "آن", "این"];

/**
 * The demonstrative's plural with its ZWNJ, or undefined when the word is no such plural.
 * @example separatePronounPlural("آنها") // "آن‌ها"
 * @example separatePronounPlural("آنهاست") // "آن‌هاست"
 * @example separatePronounPlural("آنان") // undefined
 */
export function separatePronounPlural(word: string): string | undefined {
  const base = DEMONSTRATIVES.find((start) => word.startsWith(start) && PLURAL_ENDINGS.includes(word.slice(start.length)));
  return base === undefined ? undefined : base + ZWNJ + word.slice(base.length);
}
