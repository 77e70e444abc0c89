/**
 * Words in `های` that read two ways, settled by the text's own words: `شاخهای` is `شاخه‌ای` ("a
 * branch") or `شاخ‌های` ("horns"), and a text that writes `شاخه` alone but never `شاخ` means the
 * first. Only that way round: an adjective in `ه‌ای` seldom stands without its ending (`حرفه‌ای`,
 * `هفته‌ای`), so a text that writes `حرف` and never `حرفه` still tells nothing.
 */
import { ZWNJ } from "./letters.ts";

/** The endings of the two readings: `ای` after a word in ه, and the plural `های`. */
const AFTER_HEH = `${ZWNJ}ای`;
const PLURAL = `${ZWNJ}های`;

/** A reading's base: its letters before the ending, without ZWNJs. */
function baseOf(reading: string, ending: string): string {
  return reading.slice(0, -ending.length).replaceAll(ZWNJ, "");
}

/**
 * The `ه‌ای` reading of a word in `های` when the text writes its base in ه as a word of its own and
 * never the base of its plural reading; undefined otherwise. `seen` is the text's words
 * (`wordsSeenInText`); `readingsOf` gives the rules' readings of the word (`zwnjReadings`), asked
 * only of a word in `های`.
 * @example hehReadingSettledByText("شاخهای", new Set(["شاخه"]), () => zwnjReadings("شاخهای")) // "شاخه‌ای"
 * @example hehReadingSettledByText("شاخهای", new Set(["شاخ", "شاخه"]), () => zwnjReadings("شاخهای")) // undefined
 */
export function hehReadingSettledByText(word: string, seen: ReadonlySet<string>, readingsOf: () => readonly string[]): string | undefined {
  if (!word.endsWith("های")) return undefined;
  const withZwnj = readingsOf().filter((reading) => reading.includes(ZWNJ));
  if (withZwnj.length !== 2) return undefined;
  const heh = withZwnj.find((reading) => reading.endsWith(`ه${AFTER_HEH}`));
  const plural = withZwnj.find((reading) => reading.endsWith(PLURAL));
  if (heh === undefined || plural === undefined) return undefined;
  return seen.has(baseOf(heh, AFTER_HEH)) && !seen.has(baseOf(plural, PLURAL)) ? heh : undefined;
}
