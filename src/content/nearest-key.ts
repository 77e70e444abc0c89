/**
 * Suggesting the key an author probably meant.
 */
import { distance } from "fastest-levenshtein";

/**
 * The known key nearest to a misspelt one, when it is near enough to be a likely typo.
 * @example nearestKey("sattar-hashmi", ["sattar-hashemi", "houlin-zhao"]) // "sattar-hashemi"
 * @example nearestKey("unesco", ["itu", "apt"]) // undefined
 */
export function nearestKey(wrong: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(wrong.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const key of known) {
    const d = distance(wrong, key);
    if (d < bestDistance || (d === bestDistance && best !== undefined && key < best)) {
      best = key;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/**
 * A " (did you mean …?)" hint, or an empty string.
 * @example didYouMean("minster", ["minister", "venue"]) // ' (did you mean "minister"?)'
 */
export function didYouMean(wrong: string, known: Iterable<string>): string {
  const key = nearestKey(wrong, known);
  return key === undefined ? "" : ` (did you mean "${key}"?)`;
}
