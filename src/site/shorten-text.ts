/**
 * Shortening text for descriptions.
 */

/**
 * Text cut at a word boundary to at most `max` characters, with an ellipsis when cut.
 * @example shortenText("one two three", 8) // "one two…"
 */
export function shortenText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s،,;:.]+$/u, "")}…`;
}
