/**
 * A small seeded random number generator, so the benchmark corpus is the same on every run.
 */

/**
 * A deterministic generator of numbers in [0, 1) (mulberry32).
 * @example const next = seededRandom(42); next() // 0.6011037519201636
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One item of a list, chosen by the generator.
 * @example pick(seededRandom(1), ["a", "b"]) // "b"
 */
export function pick<T>(next: () => number, items: readonly T[]): T {
  const item = items[Math.floor(next() * items.length)];
  if (item === undefined) throw new RangeError("pick from an empty list");
  return item;
}
