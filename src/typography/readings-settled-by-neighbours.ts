/**
 * Words in `های` that read two ways, settled by the words around them: `نامهای` is `نامه‌ای` ("a
 * letter") or `نام‌های` ("the names of"). The plural in `های` carries the ezafe, so a word must follow
 * it as part of its phrase (`نام‌های آنان`). Where a clause ends right after it (a full stop, a comma,
 * `که`, `را`, `و`, or a form of "to be"), or where a word that takes a singular noun comes before it
 * (`هر`, `هیچ`, `چند`, `یک`, a number), it can only be the word in ه + `ای`: `طی نامه‌ای که`,
 * `هر گونه‌ای`. Nothing here ever chooses the plural.
 *
 * Measured on Fars News copy (2003–2013) before it was used here: of 56 such words followed by one of
 * these, none was a plural; over all plurals in that copy and the Persian *Pro Git*, 7 of 232 were,
 * each a writer's slip (`کلیپ‌های که` for `کلیپ‌هایی که`). docs/typography.md has the figures.
 */
import { hehOrPluralReadings } from "./readings-settled-by-text.ts";

/** Words after which a plural's ezafe cannot stand: the clause goes on without it. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(["که", "را", "و", "است", "نیست", "بود", "باشد", "شد", "هستند"]);

/** Words that take a singular noun after them: "every", "no", "a few", "a", and the small numbers. */
const SINGULAR_TAKERS: ReadonlySet<string> = new Set(["هر", "هیچ", "چند", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "ده"]);

/** What follows a word: the next word one space on, the end of a clause (a punctuation mark), or anything else. */
export type FollowingText = { readonly word: string } | "clause end" | "other";

/**
 * The `ه‌ای` reading of a two-way word in `های` when its neighbours rule out the plural, else
 * undefined. `before` is the word one space before it, if any; `readingsOf` gives the rules'
 * readings (`zwnjReadings`), asked only of a word in `های`.
 * @example readingSettledByNeighbours("نامهای", undefined, { word: "که" }, () => zwnjReadings("نامهای")) // "نامه‌ای"
 * @example readingSettledByNeighbours("نامهای", "هر", "other", () => zwnjReadings("نامهای")) // "نامه‌ای"
 * @example readingSettledByNeighbours("نامهای", undefined, { word: "آنان" }, () => zwnjReadings("نامهای")) // undefined
 */
export function readingSettledByNeighbours(
  word: string,
  before: string | undefined,
  after: FollowingText,
  readingsOf: () => readonly string[],
): string | undefined {
  if (!word.endsWith("های")) return undefined;
  const endsClause = after === "clause end" || (after !== "other" && CLAUSE_WORDS.has(after.word));
  const takesSingular = before !== undefined && SINGULAR_TAKERS.has(before);
  if (!endsClause && !takesSingular) return undefined;
  return hehOrPluralReadings(word, readingsOf)?.heh;
}
