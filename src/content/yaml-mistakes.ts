/**
 * The YAML mistakes editors make, said in an editor's words and at the line where they made them.
 * The `yaml` library reports an unquoted colon as "Nested mappings are not allowed in compact
 * mappings", and an unclosed `[` at the line after it; an editor needs "put the title in quotes" and
 * the line of the `[`. Anything not recognised keeps `yaml`'s own message and line.
 */
import type { YAMLError } from "yaml";

/** A syntax error as a problem shows it: its 1-based line within the text, and what to do. */
export interface YamlMistake {
  readonly line: number;
  readonly message: string;
}

/** `key: value`, where the value itself holds a colon and a space. */
const COLON_IN_VALUE = /^\s*(?:-\s+)?([^\s:#][^:#]*?):\s+\S[^#]*?:(?:\s|$)/;
/** `key:` at the start of a line. */
const KEY = /^\s*([^\s:#][^:#]*?):(?:\s|$)/;

/**
 * An error of `yaml` in an editor's words; `lines` are the text's lines and `line` the error's 1-based line in them.
 * @example yamlMistake({ code: "BLOCK_AS_IMPLICIT_KEY", message: "Nested mappings …" }, ["title: Minister meets ITU: talks"], 1)
 * // { line: 1, message: "the value of title has a colon followed by a space: put the whole value in quotes, e.g. title: \"Minister meets ITU: talks\"" }
 */
export function yamlMistake(error: Pick<YAMLError, "code" | "message">, lines: readonly string[], line: number): YamlMistake {
  const own = { line, message: error.message.split("\n")[0] ?? error.message };
  switch (error.code) {
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY": {
      const text = lines[line - 1] ?? "";
      const colon = COLON_IN_VALUE.exec(text);
      if (colon === null) return own;
      const key = colon[1] ?? "";
      const value = text.slice(text.indexOf(":") + 1).trim().replaceAll('"', '\\"');
      return { line, message: `the value of ${key} has a colon followed by a space: put the whole value in quotes, e.g. ${key}: "${value}"` };
    }
    case "BAD_INDENT":
    case "MISSING_CHAR": {
      for (const [open, close, what] of [
        ["[", "]", "a list"],
        ["{", "}", "a group of fields"],
        ['"', '"', "a quote"],
      ] as const) {
        if (!error.message.includes(close === '"' ? "quote" : close)) continue;
        const opened = lineOpening(lines, line, open, close);
        if (opened !== undefined) return { line: opened, message: `opens ${what} with ${open} that is never closed: end it with ${close} on the same line` };
      }
      return own;
    }
    case "TAB_AS_INDENT":
      return { line, message: "starts with a tab: indent with spaces" };
    case "BAD_SCALAR_START": {
      const key = KEY.exec(lines[line - 1] ?? "")?.[1];
      return key === undefined ? own : { line, message: `the value of ${key} starts with a character YAML keeps for itself: put the whole value in quotes` };
    }
    case "DUPLICATE_KEY": {
      const key = KEY.exec(lines[line - 1] ?? "")?.[1];
      return key === undefined ? own : { line, message: `${key} is written twice: keep one` };
    }
    default:
      return own;
  }
}

/** The nearest line at or above `line` where `open` is left unclosed: more opened than closed on that line. */
function lineOpening(lines: readonly string[], line: number, open: string, close: string): number | undefined {
  for (let at = Math.min(line, lines.length); at >= 1; at--) {
    const text = lines[at - 1] ?? "";
    const opened = text.split(open).length - 1;
    const closed = open === close ? 0 : text.split(close).length - 1;
    if (open === close ? opened % 2 === 1 : opened > closed) return at;
  }
  return undefined;
}
