/**
 * A report body's words as a reader sees them, without Markdown's syntax: what search excerpts are
 * cut from. Good enough for an excerpt of prose; the page itself is rendered by src/markdown/.
 */

/**
 * Markdown syntax and addresses, each with what replaces it, and a string a text must hold for the
 * expression to be tried at all: an archive's bodies run to tens of millions of characters, and
 * most of them hold no link, no code and no HTML.
 */
const MARKDOWN_SYNTAX: readonly (readonly [needle: RegExp | string, syntax: RegExp, replacement: string])[] = [
  [/```|~~~/, /^ {0,3}(`{3,}|~{3,}).*$/gm, " "], // code fences
  ["]:", /^ {0,3}\[[^\]]+\]:\s*\S+.*$/gm, " "], // link reference definitions
  ["](", /!?\[([^\]]*)\]\([^)]*\)/g, "$1"], // links and images: their text
  ["][", /!?\[([^\]]*)\]\[[^\]]*\]/g, "$1"], // reference links
  [":", /<[a-z][a-z0-9+.-]*:[^>\s]*>|\bhttps?:\/\/\S+/gi, " "], // autolinks and bare addresses
  ["<", /<\/?[a-z][^>]*>/gi, " "], // HTML tags
  // Headings, quotes, list markers. A line's start is the text's start or a line break (what `^`
  // means with the `m` flag), kept by "$1": with `m` the expression is tried at every character,
  // and this one only where a line starts, three times faster over an archive's bodies.
  [/(^|[\n\r\u2028\u2029]) {0,3}[#>*+\-\d]/, /(^|[\n\r\u2028\u2029]) {0,3}(?:#{1,6}|>|[-*+]|\d{1,9}[.)])[ \t]+/g, "$1"],
  [/---|\*\*\*|___/, /^ {0,3}([-*_] *){3,}$/gm, " "], // thematic breaks
  [/[*`~]/, /[*`~]+/g, ""], // emphasis and code marks
  ["_", /(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, "$1"], // emphasis by underscores, never inside a word
  ["\\", /\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1"], // backslash escapes
];

/**
 * The text of a Markdown body, its paragraphs and lines kept apart by their line breaks (a page
 * shows any run of white space as one space).
 * @example markdownPlainText("## Talks\n\n**ITU** met in [Baku](https://x.org).") // "Talks\n\nITU met in Baku."
 */
export function markdownPlainText(markdown: string): string {
  let text = markdown;
  for (const [needle, syntax, replacement] of MARKDOWN_SYNTAX) {
    if (typeof needle === "string" ? text.includes(needle) : needle.test(text)) text = text.replace(syntax, replacement);
  }
  return text.trim();
}
