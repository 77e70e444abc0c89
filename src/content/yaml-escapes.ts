/**
 * Control characters that YAML text holds only as escapes: a double-quoted `"\u0007"`, `"\x1B"` or
 * `"\uD800"` is plain ASCII in the file, so a scan of the file's characters cannot see it, yet the
 * value it gives would carry the character into a page and a feed.
 */
import { LineCounter, parseDocument, visit } from "yaml";
import { describeRefused, firstControlCharacter, hasControlCharacter, type RefusedCharacter } from "./control-characters.ts";

/**
 * Every scalar (key or value) of a YAML text whose value holds a refused character written as an
 * escape, on the line the scalar starts. One written as the character itself is left to a scan of
 * the text (`controlCharacterLines`), so it is not reported twice. `value` is the text already
 * parsed: the text is parsed again, with `yaml` for its lines, only when the value holds such a character.
 * @example escapedControlCharacterLines('title: "a\\u0007"\n', { title: "a\u0007" }) // [{ line: 1, message: "contains the control character U+0007 (BELL), written as an escape: remove it" }]
 */
export function escapedControlCharacterLines(text: string, value: unknown, firstLine = 1): RefusedCharacter[] {
  if (!holdsControlCharacter(value)) return [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: "core", lineCounter, prettyErrors: false });
  const found: RefusedCharacter[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== "string" || node.range === undefined || node.range === null) return;
      const code = firstControlCharacter(node.value);
      if (code === undefined || hasControlCharacter(text.slice(node.range[0], node.range[1]))) return;
      found.push({ line: lineCounter.linePos(node.range[0]).line + firstLine - 1, message: describeRefused(code, { escaped: true }) });
    },
  });
  return found;
}

/** Whether any text of a parsed YAML value, keys included, holds a refused character. */
function holdsControlCharacter(value: unknown): boolean {
  if (typeof value === "string") return hasControlCharacter(value);
  if (Array.isArray(value)) return value.some(holdsControlCharacter);
  if (value !== null && typeof value === "object") {
    return Object.entries(value).some(([key, entry]) => hasControlCharacter(key) || holdsControlCharacter(entry));
  }
  return false;
}
