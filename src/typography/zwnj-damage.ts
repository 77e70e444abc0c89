/**
 * Damages correctly written Persian the two ways agency copy arrives, and scores a repair of it:
 * how many lost ZWNJs came back, how many changes were right, and what it did to correct text.
 */

const ZWNJ = "\u200c";
/** Letters after which a ZWNJ changes nothing on screen (they never join the next letter). */
const NON_JOINING = new Set([..."اآأإءؤدذرزژوة"]);

/** Every ZWNJ deleted: `می‌شود` → `میشود`. */
export function deleteZwnjs(text: string): string {
  return text.replaceAll(ZWNJ, "");
}

/** Every ZWNJ turned into a space: `می‌شود` → `می شود`. */
export function spaceZwnjs(text: string): string {
  return text.replaceAll(ZWNJ, " ");
}

/** The text's other characters, and what stands after each: "", a visible ZWNJ or " ". */
function gaps(text: string): { letters: string[]; gaps: string[] } {
  const letters: string[] = [];
  const after: string[] = [];
  for (const char of text) {
    const last = letters.at(-1);
    if (char === " " && last !== undefined) after[letters.length - 1] = " ";
    else if (char === ZWNJ && last !== undefined && !NON_JOINING.has(last) && after[letters.length - 1] !== " ") {
      after[letters.length - 1] = ZWNJ;
    } else if (char !== " " && char !== ZWNJ) {
      letters.push(char);
      after.push("");
    }
  }
  return { letters, gaps: after };
}

/** The score of a repair of damaged text against the original. */
export interface RepairScore {
  /** Visible ZWNJs of the original that the damage removed. */
  readonly lost: number;
  /** Of those, how many the repair put back. */
  readonly restored: number;
  /** Places where the repair changed the damaged text. */
  readonly changes: number;
  /** Of those, how many now match the original. */
  readonly rightChanges: number;
  /** The changes that do not match the original, each as the original's words around it. */
  readonly wrong: readonly string[];
  /** Lost ZWNJs left unrestored, each as the original's words around it. */
  readonly missed: readonly string[];
}

/** The letters around one place, with the original's gaps, for reading a miss. */
function around(letters: readonly string[], between: readonly string[], index: number): string {
  let out = "";
  for (let at = Math.max(0, index - 8); at <= Math.min(letters.length - 1, index + 8); at += 1) {
    out += (letters[at] ?? "") + (between[at] === ZWNJ ? "‹›" : (between[at] ?? ""));
  }
  return out.replaceAll("\n", " ");
}

/**
 * Scores `repaired` (the repair of `damaged`) against `original`, gap by gap. The three texts must
 * hold the same characters once spaces and ZWNJs are set aside: a repair only moves those.
 * @example scoreRepair("می‌شود", "می شود", "می‌شود") // { lost: 1, restored: 1, changes: 1, rightChanges: 1, wrong: [], missed: [] }
 */
export function scoreRepair(original: string, damaged: string, repaired: string): RepairScore {
  const want = gaps(original);
  const had = gaps(damaged);
  const got = gaps(repaired);
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((char, i) => char === b[i]);
  if (!same(want.letters, had.letters) || !same(want.letters, got.letters)) throw new Error("the repair changed more than spaces and ZWNJs");
  let lost = 0;
  let restored = 0;
  let changes = 0;
  let rightChanges = 0;
  const wrong: string[] = [];
  const missed: string[] = [];
  want.gaps.forEach((wanted, index) => {
    const before = had.gaps[index];
    const after = got.gaps[index];
    if (wanted === ZWNJ && before !== ZWNJ) {
      lost += 1;
      if (after === ZWNJ) restored += 1;
      else missed.push(around(want.letters, want.gaps, index));
    }
    if (after !== before) {
      changes += 1;
      if (after === wanted) rightChanges += 1;
      else wrong.push(`${around(want.letters, want.gaps, index)} ⇐ ${around(got.letters, got.gaps, index)}`);
    }
  });
  return { lost, restored, changes, rightChanges, wrong, missed };
}
