/**
 * A search query typed with the spaces or fused letters of damaged text (`می شود`, `گزارش ها`,
 * `همکاریهای`) repaired by the same rules as `check --fix`, so the search can look up the words
 * as reports spell them.
 */
import { fixWordRuns } from "./fix-word-runs.ts";
import { PERSIAN_WORD, isPersianLetter } from "./letters.ts";
import type { PersianWordAt } from "./markdown-prose.ts";

/** The Persian words of plain text (no Markdown), with where they stand. */
function persianWordsInPlainText(text: string): PersianWordAt[] {
  const words: PersianWordAt[] = [];
  let at = 0;
  while (at < text.length) {
    PERSIAN_WORD.lastIndex = at;
    const found = isPersianLetter(text[at] ?? "") ? PERSIAN_WORD.exec(text) : null;
    if (found === null) {
      at += 1;
      continue;
    }
    words.push({ word: found[0], offset: at, line: 1, column: at + 1 });
    at += found[0].length;
  }
  return words;
}

/**
 * The query with lost ZWNJs restored and Arabic ي/ك made Persian, where the typography rules are
 * sure; every other character, Latin words and digits included, is kept.
 * @example repairSearchQuery("گزارش ها می شود") // "گزارش‌ها می‌شود"
 * @example repairSearchQuery("همكاريهاي ITU") // "همکاری‌های ITU"
 */
export function repairSearchQuery(query: string): string {
  return fixWordRuns(query, persianWordsInPlainText(query)).text;
}
