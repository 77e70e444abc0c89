/**
 * Splitting a report file into its YAML frontmatter and its Markdown body.
 */

export interface SplitReport {
  /** The YAML between the `---` lines. */
  readonly yaml: string;
  /** The Markdown after the closing `---` line. */
  readonly body: string;
  /** The file line the body starts on (1-based). */
  readonly bodyFirstLine: number;
}

/** The line the YAML starts on: the one after the opening `---`. */
export const FRONTMATTER_FIRST_LINE = 2;

/**
 * Splits a report at its `---` lines; undefined when the file has no frontmatter block.
 * Accepts a byte-order mark and Windows line ends, which editors on Windows add.
 * @example splitFrontmatter("---\ntitle: A\n---\nBody\n") // { yaml: "title: A", body: "Body\n", bodyFirstLine: 4 }
 */
export function splitFrontmatter(text: string): SplitReport | undefined {
  // Found line by line with indexOf, without splitting the body into lines only to join them again.
  const normalised = normaliseLineEnds(text);
  const firstLineEnd = normalised.indexOf("\n");
  if (firstLineEnd === -1 || normalised.slice(0, firstLineEnd).trimEnd() !== "---") return undefined;
  for (let start = firstLineEnd + 1, lineNumber = 2; start < normalised.length; lineNumber++) {
    const newline = normalised.indexOf("\n", start);
    const end = newline === -1 ? normalised.length : newline;
    if (normalised.startsWith("---", start) && normalised.slice(start, end).trimEnd() === "---") {
      return { yaml: normalised.slice(firstLineEnd + 1, Math.max(firstLineEnd + 1, start - 1)), body: normalised.slice(end + 1), bodyFirstLine: lineNumber + 1 };
    }
    start = end + 1;
  }
  return undefined;
}

/**
 * Text with a leading byte-order mark removed and CRLF/CR line ends turned into LF.
 * @example normaliseLineEnds("\uFEFFa\r\nb") // "a\nb"
 */
export function normaliseLineEnds(text: string): string {
  // Most files have neither: a scan for "\r" is far cheaper than the replacement.
  const withoutMark = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutMark.includes("\r") ? withoutMark.replace(/\r\n?/g, "\n") : withoutMark;
}
