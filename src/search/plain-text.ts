/**
 * A report body's words as a reader sees them, without Markdown's syntax: what search excerpts are
 * cut from. Good enough for an excerpt of prose; the page itself is rendered by src/markdown/.
 */

/** Markdown syntax and addresses, each with what replaces it. */
const MARKDOWN_SYNTAX: readonly (readonly [RegExp, string])[] = [
  [/^ {0,3}(`{3,}|~{3,}).*$/gm, " "], // code fences
  [/^ {0,3}\[[^\]]+\]:\s*\S+.*$/gm, " "], // link reference definitions
  [/!?\[([^\]]*)\]\([^)]*\)/g, "$1"], // links and images: their text
  [/!?\[([^\]]*)\]\[[^\]]*\]/g, "$1"], // reference links
  [/<[a-z][a-z0-9+.-]*:[^>\s]*>|\bhttps?:\/\/\S+/gi, " "], // autolinks and bare addresses
  [/<\/?[a-z][^>]*>/gi, " "], // HTML tags
  [/^ {0,3}(#{1,6}|>|[-*+]|\d{1,9}[.)])[ \t]+/gm, ""], // headings, quotes, list markers
  [/^ {0,3}([-*_] *){3,}$/gm, " "], // thematic breaks
  [/[*`~]+|(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, "$1"], // emphasis and code marks
  [/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1"], // backslash escapes
  [/\s+/g, " "],
];

/**
 * The text of a Markdown body on one line.
 * @example markdownPlainText("## Talks\n\n**ITU** met in [Baku](https://x.org).") // "Talks ITU met in Baku."
 */
export function markdownPlainText(markdown: string): string {
  let text = markdown;
  for (const [syntax, replacement] of MARKDOWN_SYNTAX) text = text.replace(syntax, replacement);
  return text.trim();
}
