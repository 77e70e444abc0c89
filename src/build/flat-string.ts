/**
 * Text made one flat string in memory.
 *
 * Why: a string built piece by piece with `+=`, as Nunjucks renders a page, is held by V8 as a tree
 * of its pieces, and copied into one flat string whenever it is written to a file or searched. A
 * teaser put into a list page by concatenation stays such a tree, so each of the half-dozen list
 * pages that show it walked its pieces again: at 4,000 report pairs that was a third of the cost of
 * writing the lists. Turning text into a number flattens it in place, once; the number is not used.
 */

/**
 * The same text, flattened (see above); a flat string is returned at once.
 * @example flatString(`<h2>${title}</h2>` + dates) // the same characters
 */
export function flatString(text: string): string {
  Number(text);
  return text;
}
