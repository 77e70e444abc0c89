/**
 * The Persian word list the ZWNJ rules consult: `@cspell/dict-fa-ir` (Apache-2.0), about 773,000
 * word forms expanded from the Lilak Hunspell dictionary, read with `cspell-trie-lib`.
 *
 * The list stores words WITHOUT their ZWNJ and with most suffixes already attached, so it knows
 * `همکاریهای` as well as `همکاری`. Being in it therefore never proves that a word has no lost
 * ZWNJ; the rules in `restore-zwnj.ts` use it only to ask whether a part of a word is a word.
 * Two gaps the rules rely on: it has no `می` verb forms (`میتواند` is absent, `تواند` present),
 * and no suffixed forms of words ending in a silent ه (`حوزههای`, `داشتهاند` are absent).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { decodeTrie, type ITrie } from "cspell-trie-lib";

/** What loading cost, for the report of a benchmark or a curious test. */
export interface PersianLexiconInfo {
  /** Wall time of the load, in milliseconds. */
  readonly loadMilliseconds: number;
  /** The dictionary file it read. */
  readonly file: string;
}

let trie: ITrie | undefined;
let info: PersianLexiconInfo | undefined;

/** The gzipped trie inside the package (its `exports` name only the JSON beside it). */
function dictionaryFile(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@cspell/dict-fa-ir/cspell-ext.json")), "fa-IR.trie.gz");
}

/**
 * Loads the word list once (about 0.15 s); later calls return at once. The rules call it on first
 * use, so calling it yourself only moves that cost, e.g. out of a timed section.
 * @example loadPersianLexicon().loadMilliseconds // 142.3
 */
export function loadPersianLexicon(): PersianLexiconInfo {
  if (info === undefined || trie === undefined) {
    const file = dictionaryFile();
    const started = performance.now();
    trie = decodeTrie(gunzipSync(readFileSync(file)).toString("utf8"));
    info = { loadMilliseconds: performance.now() - started, file };
  }
  return info;
}

/**
 * True when the word list has exactly this form (ZWNJ-less, Persian ی and ک).
 * @example isPersianWord("همکاری") // true
 * @example isPersianWord("میتواند") // false
 */
export function isPersianWord(word: string): boolean {
  loadPersianLexicon();
  // `has` is case- and accent-sensitive, so the list's `~` folded entries never match.
  return trie !== undefined && trie.has(word);
}
