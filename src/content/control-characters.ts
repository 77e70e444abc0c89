/**
 * Characters that must never reach a page or a feed: C0 controls other than tab and newline (a CR
 * is allowed only as half of a Windows line end), DEL, the noncharacters U+FFFE and U+FFFF, and
 * surrogates that are not part of a pair. XML 1.0 cannot hold most of them, so a feed with one in it
 * is refused by feed readers; in HTML they are invisible or break the page's text.
 */

/**
 * Any character that may be refused: every C0 control but tab and newline (CR included), DEL, every
 * surrogate, U+FFFE and U+FFFF. Without the `u` flag this class is several times faster than
 * {@link REFUSED}, and it finds nothing in nearly every text, so only a text it finds something in
 * (a Windows line end, an emoji's surrogate pair, or a real problem) is scanned exactly.
 */
const MAYBE_REFUSED = /[\0-\x08\x0B-\x1F\x7F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Exactly the refused characters: a CR not before a newline, and a surrogate not in a valid pair. */
const REFUSED = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]|\r(?!\n)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The Unicode names of the C0 controls, short enough to read in a message (tab and newline are allowed). */
const C0_NAMES: readonly string[] = [
  "NULL",
  "START OF HEADING",
  "START OF TEXT",
  "END OF TEXT",
  "END OF TRANSMISSION",
  "ENQUIRY",
  "ACKNOWLEDGE",
  "BELL",
  "BACKSPACE",
  "CHARACTER TABULATION",
  "LINE FEED",
  "LINE TABULATION",
  "FORM FEED",
  "CARRIAGE RETURN",
  "SHIFT OUT",
  "SHIFT IN",
  "DATA LINK ESCAPE",
  "DEVICE CONTROL ONE",
  "DEVICE CONTROL TWO",
  "DEVICE CONTROL THREE",
  "DEVICE CONTROL FOUR",
  "NEGATIVE ACKNOWLEDGE",
  "SYNCHRONOUS IDLE",
  "END OF TRANSMISSION BLOCK",
  "CANCEL",
  "END OF MEDIUM",
  "SUBSTITUTE",
  "ESCAPE",
  "FILE SEPARATOR",
  "GROUP SEPARATOR",
  "RECORD SEPARATOR",
  "UNIT SEPARATOR",
];

/** A refused character found in a text. */
export interface RefusedCharacter {
  /** The 1-based line it stands on, lines ending at LF, CRLF or a lone CR as in an editor. */
  readonly line: number;
  /** What it is, as a problem's message: `contains the control character U+0007 (BELL): remove it`. */
  readonly message: string;
}

/**
 * Whether a text holds any refused character.
 * @example hasControlCharacter("a\u0007b") // true
 * @example hasControlCharacter("a\r\nb\t😀") // false
 */
export function hasControlCharacter(text: string): boolean {
  if (!MAYBE_REFUSED.test(text)) return false;
  REFUSED.lastIndex = 0;
  return REFUSED.test(text);
}

/**
 * The code of the first refused character of a text, or undefined when it has none.
 * @example firstControlCharacter("a\u0007b") // 7
 */
export function firstControlCharacter(text: string): number | undefined {
  if (!MAYBE_REFUSED.test(text)) return undefined;
  REFUSED.lastIndex = 0;
  return REFUSED.exec(text)?.[0].charCodeAt(0);
}

/**
 * The message for the first refused character of a text, or undefined when it has none.
 * @example controlCharacterProblem("a\u0007b") // "contains the control character U+0007 (BELL): remove it"
 * @example controlCharacterProblem("a\uD800") // "contains the lone surrogate U+D800, half of a pair without its other half: remove it"
 */
export function controlCharacterProblem(text: string): string | undefined {
  const code = firstControlCharacter(text);
  return code === undefined ? undefined : describeRefused(code);
}

/**
 * The first refused character of each line that has one, so every line to fix is named at once.
 * `firstLine` is the file line the text starts at.
 * @example controlCharacterLines("title: a\u0007\nok\nb\u007F\n") // [{ line: 1, message: "contains the control character U+0007 (BELL): remove it" }, { line: 3, message: "contains the control character U+007F (DELETE): remove it" }]
 */
export function controlCharacterLines(text: string, firstLine = 1): RefusedCharacter[] {
  if (!MAYBE_REFUSED.test(text)) return [];
  const found: RefusedCharacter[] = [];
  let line = firstLine;
  let counted = 0;
  REFUSED.lastIndex = 0;
  for (let match = REFUSED.exec(text); match !== null; match = REFUSED.exec(text)) {
    line += lineBreaksIn(text, counted, match.index);
    counted = match.index;
    // A lone CR is itself a line end: it is reported on the line it ends, and the text after it
    // starts the next line.
    if (found.at(-1)?.line !== line) found.push({ line, message: describeRefused(match[0].charCodeAt(0)) });
  }
  return found;
}

/**
 * A refused character's message: its code point and what it is, and with `escaped` that the text
 * has it as an escape (YAML's `"\u0007"`), which is what the author will see there.
 * @example describeRefused(0x1b) // "contains the control character U+001B (ESCAPE): remove it"
 * @example describeRefused(0xfffe, { escaped: true }) // "contains the noncharacter U+FFFE, written as an escape: remove it"
 */
export function describeRefused(code: number, { escaped = false } = {}): string {
  const hex = code.toString(16).toUpperCase().padStart(4, "0");
  const how = escaped ? ", written as an escape" : "";
  if (code < 0x20) return `contains the control character U+${hex} (${C0_NAMES[code]})${how}: remove it`;
  if (code === 0x7f) return `contains the control character U+${hex} (DELETE)${how}: remove it`;
  if (code >= 0xd800 && code <= 0xdfff) return `contains the lone surrogate U+${hex}, half of a pair without its other half${how}: remove it`;
  return `contains the noncharacter U+${hex}${how}: remove it`;
}

/** Line ends in `text` from `start` up to `end`: a CRLF counts once, a lone CR or LF once each. */
function lineBreaksIn(text: string, start: number, end: number): number {
  let breaks = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) breaks++;
  }
  return breaks;
}
