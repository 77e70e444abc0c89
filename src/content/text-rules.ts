/**
 * Rules for author text that is not Markdown: slugs and bidi control characters.
 */

/** Lowercase ASCII letters and digits in groups joined by single hyphens. */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 80;

/**
 * Why a slug breaks the rule, or undefined when it is good.
 * @example slugProblem("itu-sg-baku") // undefined
 * @example slugProblem("ITU--Baku") // "expected lowercase ASCII letters, digits and single hyphens, got \"ITU--Baku\""
 */
export function slugProblem(slug: string): string | undefined {
  if (!SLUG_PATTERN.test(slug)) {
    return `expected lowercase ASCII letters, digits and single hyphens, got "${slug}"`;
  }
  if (slug.length > MAX_SLUG_LENGTH) return `expected at most ${MAX_SLUG_LENGTH} characters, got ${slug.length}`;
  return undefined;
}

/**
 * Characters that reorder text behind the reader's back (embeddings, overrides, isolates). ZWNJ, LRM
 * and RLM are ordinary Persian typography and are not among them.
 */
const BIDI_CONTROL_NAMES: Readonly<Record<number, string>> = {
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202c: "POP DIRECTIONAL FORMATTING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
};

/**
 * Describes the first bidi control character in a text, or undefined when there is none.
 * @example bidiControlProblem("a\u202Eb") // "contains the bidi control character U+202E (RIGHT-TO-LEFT OVERRIDE): remove it"
 */
export function bidiControlProblem(text: string): string | undefined {
  const found = /[\u202a-\u202e\u2066-\u2069]/.exec(text);
  if (!found) return undefined;
  const code = found[0].charCodeAt(0);
  const hex = code.toString(16).toUpperCase().padStart(4, "0");
  return `contains the bidi control character U+${hex} (${BIDI_CONTROL_NAMES[code]}): remove it`;
}
