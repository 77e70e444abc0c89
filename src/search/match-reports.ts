/**
 * Ranking the reports that match a query, from the index's term files: every query word must be
 * the start of a word of the report; a report ranks higher where the word is rarer across the
 * archive, where it stands in the title or the facts rather than the body, and where it is the
 * whole word rather than its start. Ties go to the newer report (the lower number).
 */
import type { SearchShard } from "./search-index.ts";
import { shardOf } from "./search-terms.ts";

/** How much a word found only as the start of a longer word counts, against the whole word. */
const PREFIX_MATCH_FACTOR = 0.5;

export interface MatchedReports {
  /** Report numbers, best first. */
  readonly ids: readonly number[];
}

/**
 * The reports matching every query term, best first; `shardFor` gives a term file by its key
 * (undefined when the index has none, which means no word starts that way).
 * @example matchReports(["itu"], 4, (key) => shards[key]).ids // [2, 0]
 */
export function matchReports(terms: readonly string[], documentCount: number, shardFor: (key: string) => SearchShard | undefined): MatchedReports {
  if (terms.length === 0) return { ids: [] };
  let total: Map<number, number> | undefined;
  for (const term of terms) {
    const scores = termScores(term, documentCount, shardFor(shardOf(term)));
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

/** Each report's score for one query term: its best-scoring indexed word that starts with the term. */
function termScores(term: string, documentCount: number, shard: SearchShard | undefined): Map<number, number> {
  const scores = new Map<number, number>();
  if (shard === undefined) return scores;
  for (const [word, postings] of Object.entries(shard)) {
    if (!word.startsWith(term)) continue;
    const reports = postings.length / 2;
    const rarity = Math.log(1 + documentCount / reports) * (word === term ? 1 : PREFIX_MATCH_FACTOR);
    let id = 0;
    for (let index = 0; index < postings.length; index += 2) {
      // Report numbers are stored as differences from the previous one (see search-index.ts).
      id += postings[index] ?? 0;
      const score = (1 + Math.log(postings[index + 1] ?? 1)) * rarity;
      if (score > (scores.get(id) ?? 0)) scores.set(id, score);
    }
  }
  return scores;
}
