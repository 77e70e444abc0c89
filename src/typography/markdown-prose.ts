/**
 * Finds the Persian words of a Markdown text that are prose, so typography fixes never touch
 * code, URLs, link targets, autolinks, HTML or frontmatter. When a construct is unclear the
 * scanner counts it as not prose: a word left alone costs less than a broken URL.
 */
import { PERSIAN_WORD, isPersianLetter } from "./letters.ts";

/** A Persian word in the text, with where it stands. */
export interface PersianWordAt {
  readonly word: string;
  /** Offset of its first character in the text (UTF-16 code units). */
  readonly offset: number;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units (one per Persian letter). */
  readonly column: number;
}

interface Line {
  readonly start: number;
  /** Without its line ending. */
  readonly text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const match of text.matchAll(/\r?\n/g)) {
    lines.push({ start, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ start, text: text.slice(start) });
  return lines;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_BLOCK_START = /^ {0,3}<(?:[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|\/[A-Za-z]|!--|!\[CDATA\[|![A-Za-z]|\?)/;
const LINK_DEFINITION = /^ {0,3}\[([^\]]+)\]:/;

/** Link labels match case-insensitively with their whitespace collapsed. */
function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}
const INDENTED = /^(?: {4}|\t| {1,3}\t)/;
const BLANK = /^\s*$/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:\s|$)/;

/**
 * Marks the lines that are not prose: a leading YAML frontmatter block, fenced and indented code,
 * HTML blocks and link reference definitions.
 */
function proseLines(lines: readonly Line[]): boolean[] {
  const prose = lines.map(() => true);
  let index = 0;
  if (lines[0]?.text.trimEnd() === "---") {
    const end = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(line.text));
    const last = end === -1 ? lines.length - 1 : end;
    for (let i = 0; i <= last; i += 1) prose[i] = false;
    index = last + 1;
  }

  let previousBlank = true;
  let previousCode = false;
  while (index < lines.length) {
    const text = lines[index]?.text ?? "";
    const fence = FENCE.exec(text);
    if (fence?.[1] !== undefined) {
      const marker = fence[1];
      const closing = new RegExp(`^ {0,3}${marker[0] === "`" ? "`" : "~"}{${marker.length},}\\s*$`);
      prose[index] = false;
      index += 1;
      while (index < lines.length && !closing.test(lines[index]?.text ?? "")) {
        prose[index] = false;
        index += 1;
      }
      if (index < lines.length) prose[index] = false;
      index += 1;
      previousBlank = false;
      previousCode = false;
      continue;
    }
    if (HTML_BLOCK_START.test(text)) {
      // An HTML block runs to the next blank line (a comment to its closing `-->`).
      const comment = /^ {0,3}<!--/.test(text);
      while (index < lines.length) {
        const line = lines[index]?.text ?? "";
        if (!comment && BLANK.test(line)) break;
        prose[index] = false;
        index += 1;
        if (comment && line.includes("-->")) break;
      }
      previousBlank = false;
      previousCode = false;
      continue;
    }
    const blank = BLANK.test(text);
    // Indented code cannot interrupt a paragraph; indented lines after one are its continuation.
    const code: boolean = !blank && INDENTED.test(text) && (previousBlank || previousCode);
    if (code || LINK_DEFINITION.test(text)) prose[index] = false;
    previousCode = code || (previousCode && blank);
    // A heading ends its block at once, so an indented line after it is code too.
    previousBlank = blank || ATX_HEADING.test(text);
    index += 1;
  }
  return prose;
}

const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[^\s<>@]+@[^\s<>@]+>/y;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<![A-Za-z][^<>]*>/y;
const BARE_URL = /(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|www\.)[^\s<>]*/y;
const WORD_CHAR = /[A-Za-z0-9_]/;

/** Length of the backtick run at `at`. */
function runLength(text: string, at: number): number {
  let end = at;
  while (text[end] === "`") end += 1;
  return end - at;
}

/** End (exclusive) of the code span opening at `at`, or -1 when its backticks are never closed. */
function codeSpanEnd(text: string, at: number, limit: number): number {
  const length = runLength(text, at);
  let search = at + length;
  while (search < limit) {
    const next = text.indexOf("`", search);
    if (next === -1 || next >= limit) return -1;
    const closing = runLength(text, next);
    if (closing === length) return next + closing;
    search = next + closing;
  }
  return -1;
}

/** End (exclusive) of a link destination `(…)` opening at `at`, parentheses balanced; -1 if unclosed. */
function destinationEnd(text: string, at: number, limit: number): number {
  let depth = 0;
  for (let i = at; i < limit; i += 1) {
    const char = text[i];
    if (char === "\\") i += 1;
    else if (char === "(") depth += 1;
    else if (char === ")") {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * Length of an autolink, comment or HTML tag at `at`; an opening tag takes everything up to its
 * closing tag with it (`<span>…</span>`), since markup that looks like HTML is left as written.
 */
function htmlLength(text: string, at: number, limit: number): number {
  AUTOLINK.lastIndex = at;
  const link = AUTOLINK.exec(text);
  if (link !== null && at + link[0].length <= limit) return link[0].length;
  HTML_TAG.lastIndex = at;
  const tag = HTML_TAG.exec(text);
  if (tag === null || at + tag[0].length > limit) return 0;
  const name = /^<([A-Za-z][A-Za-z0-9-]*)/.exec(tag[0])?.[1];
  if (name !== undefined && !tag[0].endsWith("/>")) {
    const closing = new RegExp(`</${name}\\s*>`, "gi");
    closing.lastIndex = at + tag[0].length;
    const found = closing.exec(text);
    if (found !== null && found.index + found[0].length <= limit) return found.index + found[0].length - at;
  }
  return tag[0].length;
}

/** Length of the construct that is not prose starting at `at` (0 when prose goes on). */
function skipLength(text: string, at: number, limit: number, labels: ReadonlySet<string>): number {
  const char = text[at];
  if (char === "\\") return 2;
  if (char === "[" && labels.size > 0) {
    // `[label]` naming a link definition must keep matching it, as must `[text][label]` below.
    const end = text.indexOf("]", at + 1);
    if (end !== -1 && end < limit && labels.has(normaliseLabel(text.slice(at + 1, end)))) return end + 1 - at;
  }
  if (char === "`") {
    const end = codeSpanEnd(text, at, limit);
    return end === -1 ? runLength(text, at) : end - at;
  }
  if (char === "<") return htmlLength(text, at, limit);
  if (char === "]" && text[at + 1] === "(") {
    const end = destinationEnd(text, at + 1, limit);
    return end === -1 ? 0 : end - at;
  }
  if (char === "]" && text[at + 1] === "[") {
    // The label of a reference link must keep matching its definition, which is never changed.
    const end = text.indexOf("]", at + 2);
    return end === -1 || end >= limit ? 0 : end + 1 - at;
  }
  if (char !== undefined && /[A-Za-z]/.test(char) && !WORD_CHAR.test(text[at - 1] ?? "")) {
    BARE_URL.lastIndex = at;
    const found = BARE_URL.exec(text);
    if (found !== null) return Math.min(found[0].length, limit - at);
  }
  return 0;
}

/**
 * The Persian prose words of a Markdown text, in order, with their line and column.
 * Words glued to Latin letters or digits (`5Gها`) are left out too.
 * @example persianWordsInMarkdown("`کد` و همکاریها")
 * // [{ word: "و", offset: 5, line: 1, column: 6 }, { word: "همکاریها", offset: 7, line: 1, column: 8 }]
 */
export function persianWordsInMarkdown(markdown: string): PersianWordAt[] {
  const lines = splitLines(markdown);
  const prose = proseLines(lines);
  const labels = new Set<string>();
  for (const line of lines) {
    const label = LINK_DEFINITION.exec(line.text)?.[1];
    if (label !== undefined) labels.add(normaliseLabel(label));
  }
  const words: PersianWordAt[] = [];

  // Runs of prose lines are scanned as one, so a code span may cross a line break.
  let first = 0;
  while (first < lines.length) {
    if (!prose[first]) {
      first += 1;
      continue;
    }
    let last = first;
    while (last + 1 < lines.length && prose[last + 1]) last += 1;
    const from = lines[first]?.start ?? 0;
    const lastLine = lines[last];
    const limit = lastLine === undefined ? from : lastLine.start + lastLine.text.length;

    let at = from;
    let lineIndex = first;
    while (at < limit) {
      const skip = skipLength(markdown, at, limit, labels);
      if (skip > 0) {
        at += skip;
        continue;
      }
      PERSIAN_WORD.lastIndex = at;
      const found = isPersianLetter(markdown[at] ?? "") ? PERSIAN_WORD.exec(markdown) : null;
      if (found === null) {
        at += 1;
        continue;
      }
      const end = at + found[0].length;
      const glued = WORD_CHAR.test(markdown[at - 1] ?? "") || WORD_CHAR.test(markdown[end] ?? "");
      if (!glued) {
        while (lineIndex + 1 <= last && (lines[lineIndex + 1]?.start ?? Infinity) <= at) lineIndex += 1;
        const lineStart = lines[lineIndex]?.start ?? 0;
        words.push({ word: found[0], offset: at, line: lineIndex + 1, column: at - lineStart + 1 });
      }
      at = end;
    }
    first = last + 1;
  }
  return words;
}
