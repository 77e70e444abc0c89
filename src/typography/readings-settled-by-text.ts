/**
 * Words in `های` that read two ways, settled by the text's own words: `شاخهای` is `شاخه‌ای` ("a
 * branch") or `شاخ‌های` ("horns").
 * - A text that writes `شاخه` alone but never `شاخ` (nor `شاخها`) means the first.
 * - The other way round, the base alone tells too little: an adjective in `ه‌ای` seldom stands
 *   without its ending (`حرفه‌ای`, `دسته‌ای`), so a text that writes `حرف` and never `حرفه` may still
 *   mean `حرفه‌ای`. What tells is the base's own plural in `ها`, which reads one way only: a text
 *   that writes `قلم‌ها` (or, its ZWNJs lost, `قلمها`) and never `قلمه` means `قلم‌های`. Never for a
 *   word the dictionary lists whole in `ه‌ای` (`حرفه‌ای`), nor after a verb form (`هست`).
 */
import { ZWNJ } from "./letters.ts";
import { isVerbForm } from "./verb-forms.ts";
import { lexiconZwnjSpelling } from "./zwnj-lexicon.ts";

/** The endings of the two readings: `ای` after a word in ه, and the plural `های`. */
const AFTER_HEH = `${ZWNJ}ای`;
const PLURAL = `${ZWNJ}های`;

/** A reading's base: its letters before the ending, without ZWNJs. */
function baseOf(reading: string, ending: string): string {
  return reading.slice(0, -ending.length).replaceAll(ZWNJ, "");
}

/** The two readings of a word in `های` that reads both ways: a word in ه + `ای`, and a plural. */
export interface HehOrPlural {
  /** `شاخه‌ای`: the word in ه with `ای` ("a branch"). */
  readonly heh: string;
  /** `شاخ‌های`: the plural with its ezafe ("horns of"). */
  readonly plural: string;
}

/**
 * The two readings of a word in `های` when the rules read it exactly those two ways, else undefined.
 * `readingsOf` gives the rules' readings (`zwnjReadings`), asked only of a word in `های`.
 * @example hehOrPluralReadings("شاخهای", () => zwnjReadings("شاخهای")) // { heh: "شاخه‌ای", plural: "شاخ‌های" }
 * @example hehOrPluralReadings("کشورهای", () => zwnjReadings("کشورهای")) // undefined
 */
export function hehOrPluralReadings(word: string, readingsOf: () => readonly string[]): HehOrPlural | undefined {
  if (!word.endsWith("های")) return undefined;
  const withZwnj = readingsOf().filter((reading) => reading.includes(ZWNJ));
  if (withZwnj.length !== 2) return undefined;
  const heh = withZwnj.find((reading) => reading.endsWith(`ه${AFTER_HEH}`));
  const plural = withZwnj.find((reading) => reading.endsWith(PLURAL));
  return heh === undefined || plural === undefined ? undefined : { heh, plural };
}

/**
 * The reading of a word in `های` that the text settles: `ه‌ای` when the text writes the base in ه as
 * a word of its own and never the other base, alone or in `ها`; the plural when it writes the other base's plural in
 * `ها` and never the base in ه; undefined otherwise. `seen` is the text's words
 * (`wordsSeenInText`); `readingsOf` gives the rules' readings of the word (`zwnjReadings`), asked
 * only of a word in `های`.
 * @example readingSettledByText("شاخهای", new Set(["شاخه"]), () => zwnjReadings("شاخهای")) // "شاخه‌ای"
 * @example readingSettledByText("قلمهای", new Set(["قلمها"]), () => zwnjReadings("قلمهای")) // "قلم‌های"
 * @example readingSettledByText("شاخهای", new Set(["شاخ", "شاخه"]), () => zwnjReadings("شاخهای")) // undefined
 */
export function readingSettledByText(word: string, seen: ReadonlySet<string>, readingsOf: () => readonly string[]): string | undefined {
  const readings = hehOrPluralReadings(word, readingsOf);
  if (readings === undefined) return undefined;
  const { heh, plural } = readings;
  const hehBase = baseOf(heh, AFTER_HEH);
  const pluralBase = baseOf(plural, PLURAL);
  const pluralSeen = seen.has(`${pluralBase}ها`);
  if (seen.has(hehBase) && !seen.has(pluralBase) && !pluralSeen) return heh;
  if (pluralSeen && !seen.has(hehBase) && lexiconZwnjSpelling(word) !== heh && !isVerbForm(pluralBase)) return plural;
  return undefined;
}
