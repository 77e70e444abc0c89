/**
 * Ranking the reports that match a query, from the index's term files: every query word must match
 * a word of the report (itself, another form of it, or a longer word it starts; see word-forms.ts);
 * a report ranks higher where the word is rarer across the archive, where it stands in the title or
 * the facts rather than the body, and where it is the whole word as typed. Ties go to the newer
 * report (the lower number).
 */
import type { SearchShard } from "./search-index.ts";
import { shardOf } from "./search-terms.ts";
import { termMatch, wordStarts, type QueryWord } from "./word-forms.ts";

export interface MatchedReports {
  /** Report numbers, best first. */
  readonly ids: readonly number[];
}

/**
 * The index files a query's words need, by key.
 * @example shardsOfWords([queryWord("اطاق")]) // ["627-637", "627-62a"]
 */
export function shardsOfWords(words: readonly QueryWord[]): string[] {
  return [...new Set(words.flatMap((word) => wordStarts(word).map(shardOf)))];
}

/**
 * The reports matching every query word, best first; `shardFor` gives a term file by its key
 * (undefined when the index has none, which means no word starts that way).
 * @example matchReports([queryWord("itu")], 4, (key) => shards[key]).ids // [2, 0]
 */
export function matchReports(words: readonly QueryWord[], documentCount: number, shardFor: (key: string) => SearchShard | undefined): MatchedReports {
  if (words.length === 0) return { ids: [] };
  let total: Map<number, number> | undefined;
  for (const word of words) {
    const scores = wordScores(word, documentCount, shardFor);
    if (total === undefined) total = scores;
    else {
      const both = new Map<number, number>();
      for (const [id, score] of total) {
        const more = scores.get(id);
        if (more !== undefined) both.set(id, score + more);
      }
      total = both;
    }
    if (total.size === 0) break;
  }
  const ranked = [...(total ?? new Map<number, number>())].sort(([idA, a], [idB, b]) => b - a || idA - idB);
  return { ids: ranked.map(([id]) => id) };
}

/** Each report's score for one query word: its best-scoring indexed word that matches it. */
function wordScores(word: QueryWord, documentCount: number, shardFor: (key: string) => SearchShard | undefined): Map<number, number> {
  const scores = new Map<number, number>();
  for (const key of shardsOfWords([word])) {
    const shard = shardFor(key);
    if (shard === undefined) continue;
    for (const [term, postings] of Object.entries(shard)) {
      const match = termMatch(word, term);
      if (match === 0) continue;
      const reports = postings.length / 2;
      const rarity = Math.log(1 + documentCount / reports) * match;
      let id = 0;
      for (let index = 0; index < postings.length; index += 2) {
        // Report numbers are stored as differences from the previous one (see search-index.ts).
        id += postings[index] ?? 0;
        const score = (1 + Math.log(postings[index + 1] ?? 1)) * rarity;
        if (score > (scores.get(id) ?? 0)) scores.set(id, score);
      }
    }
  }
  return scores;
}
