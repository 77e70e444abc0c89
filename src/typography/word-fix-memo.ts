/**
 * What the ZWNJ rules made of each word and each pair of words they have met, kept for one run over
 * many texts (`check` over an archive). An archive repeats its words, and the rules consult the
 * word list a dozen times a word: at 4,000 report pairs, `check` spent 32 of its 36 s in them.
 */
import type { JoinedSpellings } from "./restore-zwnj.ts";

/** The value kept under `key`, made by `make` the first time the key is asked for. */
function remembered<T>(kept: Map<string, T>, key: string, make: () => T): T {
  const found = kept.get(key);
  // One lookup for most words; `has` only tells a kept `undefined` (two words kept apart) from none.
  if (found !== undefined || kept.has(key)) return found as T;
  const made = make();
  kept.set(key, made);
  return made;
}

/** The rules' answers, by word and by pair; a new one for each run, passed to what fixes the texts. */
export class WordFixMemo {
  private readonly words = new Map<string, string>();
  private readonly readingsOfWords = new Map<string, readonly string[]>();
  private readonly pairs = new Map<string, string | undefined>();

  /**
   * The fixed word, made by `fix` the first time this word is met with this choice.
   * @example memo.word("میتواند", "keep", () => restoreZwnj("میتواند")) // "می‌تواند"
   */
  word(word: string, joined: JoinedSpellings, fix: () => string): string {
    return remembered(this.words, `${joined}\u0000${word}`, fix);
  }

  /**
   * The readings of a ZWNJ-less word, made by `read` the first time this word is met with this choice.
   * @example memo.readings("مجموعهای", "keep", () => zwnjReadings("مجموعهای")) // ["مجموع‌های", "مجموعهای", "مجموعه‌ای"]
   */
  readings(word: string, joined: JoinedSpellings, read: () => readonly string[]): readonly string[] {
    return remembered(this.readingsOfWords, `${joined}\u0000${word}`, read);
  }

  /**
   * The two words joined, or undefined when they stay apart, made by `join` the first time they are met with this choice.
   * @example memo.pair("می", "شود", "keep", () => joinWordPair("می", "شود")) // "می‌شود"
   */
  pair(left: string, right: string, joined: JoinedSpellings, join: () => string | undefined): string | undefined {
    return remembered(this.pairs, `${joined}\u0000${left}\u0000${right}`, join);
  }
}
