/**
 * The ZWNJ spellings of the Lilak dictionary, as `dictionary-fa` (Apache-2.0) ships it: about
 * 40,000 words and stems written with a ZWNJ (`تخم‌مرغ`, `سیستم‌عامل`, `همه‌جا`). The word list
 * of `persian-lexicon.ts` comes from the same dictionary with those ZWNJ spellings cut in two, so it
 * knows `تخم` and `مرغ` but not that they make one word; this one does.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ZWNJ } from "./letters.ts";

/** A stem as the dictionary lists it: Persian letters, with the ZWNJ between its parts. */
const ZWNJ_STEM = /^[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c]+$/u;

/** `می`/`نمی` before a ZWNJ, alone or after a preverb (`برمی‌گردد`, `بازنمی‌گشت`). */
const VERB_PARTICLE = /^(?:بر|در|باز|فرا|ور|وا|فرو|همی)?ن?می\u200c/u;

/** What the dictionary lists, read once. */
interface ZwnjLexicon {
  /** By its letters without ZWNJs, each stem's ZWNJ spelling; null where two spellings share the letters. */
  readonly spellings: Map<string, string | null>;
  /** The stems written without a ZWNJ: the words it lists on their own. */
  readonly plainStems: Set<string>;
}

let lexicon: ZwnjLexicon | undefined;

/** The dictionary's word file inside the package, whose `exports` name only its loader beside it. */
function dictionaryFile(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("dictionary-fa")), "index.dic");
}

function loadLexicon(): ZwnjLexicon {
  const found = new Map<string, string | null>();
  const plainStems = new Set<string>();
  // Each line is `stem/FLAGS` or a bare stem; the first line is the count.
  for (const line of readFileSync(dictionaryFile(), "utf8").split("\n")) {
    const slash = line.indexOf("/");
    const stem = (slash < 0 ? line : line.slice(0, slash)).trim();
    if (!stem.includes(ZWNJ)) {
      plainStems.add(stem);
      continue;
    }
    if (!ZWNJ_STEM.test(stem) || stem.startsWith(ZWNJ) || stem.endsWith(ZWNJ) || stem.includes(ZWNJ + ZWNJ)) continue;
    // Verb forms in `می` are left to the verb rules, which know the look-alikes (`میراند` "makes
    // die", not `می‌راند` "drives").
    if (VERB_PARTICLE.test(stem)) continue;
    const letters = stem.replaceAll(ZWNJ, "");
    const earlier = found.get(letters);
    found.set(letters, earlier === undefined || earlier === stem ? stem : null);
  }
  return { spellings: found, plainStems };
}

/**
 * The dictionary's ZWNJ spelling of these letters (no ZWNJ, Persian ی and ک), or undefined when it
 * has none, or two.
 * @example lexiconZwnjSpelling("تخممرغ") // "تخم‌مرغ"
 * @example lexiconZwnjSpelling("کتاب") // undefined
 */
export function lexiconZwnjSpelling(letters: string): string | undefined {
  lexicon ??= loadLexicon();
  return lexicon.spellings.get(letters) ?? undefined;
}

/**
 * True when the dictionary lists the word on its own, as a stem without a ZWNJ. The word list of
 * `persian-lexicon.ts` cannot tell this: it also holds the halves of the compounds it cut in two
 * (`روزرسانی` of `به‌روزرسانی`).
 * @example isLexiconStem("روز") // true
 * @example isLexiconStem("روزرسانی") // false
 */
export function isLexiconStem(word: string): boolean {
  lexicon ??= loadLexicon();
  return lexicon.plainStems.has(word);
}
