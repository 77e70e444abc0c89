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
  const lines = normaliseLineEnds(text).split("\n");
  if (lines[0]?.trimEnd() !== "---") return undefined;
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === "---");
  if (close === -1) return undefined;
  return {
    yaml: lines.slice(1, close).join("\n"),
    body: lines.slice(close + 1).join("\n"),
    bodyFirstLine: close + 2,
  };
}

/**
 * Text with a leading byte-order mark removed and CRLF/CR line ends turned into LF.
 * @example normaliseLineEnds("\uFEFFa\r\nb") // "a\nb"
 */
export function normaliseLineEnds(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}
