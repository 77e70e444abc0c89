/**
 * Shortening text for descriptions.
 */

/**
 * Text cut at a word boundary to at most `max` characters, the ellipsis included, when it is longer.
 * @example shortenText("one two three", 9) // "one two…"
 */
export function shortenText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  // A word that fits whole (the next character is a space) is kept; else cut at the last space.
  const wholeWord = clean[max - 1] === " ";
  return `${(wholeWord ? cut : space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s،,;:.]+$/u, "")}…`;
}
