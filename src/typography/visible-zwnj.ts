/**
 * Text with its zero-width non-joiners shown: in a terminal a ZWNJ is invisible, so a suggested
 * spelling looks exactly like the misspelt one unless the ZWNJ is marked.
 */

/** How a ZWNJ is shown to an editor. */
export const ZWNJ_MARK = "‹ZWNJ›";

/**
 * The text with each ZWNJ (U+200C) shown as ‹ZWNJ›.
 * @example visibleZwnj("همکاری\u200Cهای") // "همکاری‹ZWNJ›های"
 */
export function visibleZwnj(text: string): string {
  return text.replaceAll("\u200c", ZWNJ_MARK);
}
