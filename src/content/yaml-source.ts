/**
 * YAML parsed the way khabar needs it: the YAML 1.2 core schema (so `2025-11-18` stays the text the
 * author wrote instead of becoming a UTC-midnight `Date`), duplicate keys refused, and a way back
 * from a field to its line for error messages. `yaml` does all of this; js-yaml, which reads the
 * same schema faster but without lines, reads the report frontmatter that is valid (see parse-report.ts).
 */
import { CORE_SCHEMA, load } from "js-yaml";
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from "yaml";
import { bidiControlProblem } from "./text-rules.ts";
import { yamlMistake } from "./yaml-mistakes.ts";

export interface YamlSource {
  /** The parsed value (plain objects, arrays, strings, numbers, booleans, null). */
  readonly value: unknown;
  /** Syntax errors, with the 1-based line of each. */
  readonly syntaxErrors: readonly { line: number; message: string }[];
  /** The 1-based line of a field, or of its nearest existing parent when the field is missing. */
  lineOf(path: readonly (string | number)[]): number;
  /** The top-level key whose entry covers a line, for problems found by line. */
  topLevelKeyAt(line: number): string | undefined;
}

/**
 * Parses YAML text. `firstLine` is the file line the text starts at (2 for frontmatter after `---`).
 * @example parseYamlSource("date: 2025-11-18\n").value // { date: "2025-11-18" }
 */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: "core", uniqueKeys: true, lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const lines = text.split("\n");
  const syntaxErrors: { line: number; message: string }[] = [];
  for (const error of doc.errors) {
    // In an editor's words, at the line where the mistake was made (yaml-mistakes.ts).
    const mistake = yamlMistake(error, lines, lineCounter.linePos(error.pos[0]).line);
    const found = { line: mistake.line + firstLine - 1, message: mistake.message };
    if (!syntaxErrors.some((known) => known.line === found.line && known.message === found.message)) syntaxErrors.push(found);
  }
  return {
    value: syntaxErrors.length === 0 ? doc.toJS() : undefined,
    syntaxErrors,
    lineOf: (path) => lineAt(offsetOf(doc, path)),
    topLevelKeyAt: (line) => topLevelKeyAt(doc, (offset) => lineAt(offset), line),
  };
}

/**
 * YAML read the quick way, for text that is most likely valid (a report's frontmatter): js-yaml
 * reads it about ten times faster than `yaml`, with the same core schema, but gives no lines. The
 * value is js-yaml's. Lines come from {@link parseYamlSource}, worked out only when asked, and
 * text js-yaml cannot read is left to it altogether, so its errors are always `yaml`'s.
 * @example quickYamlSource("date: 2025-11-18\n").value // { date: "2025-11-18" }
 */
export function quickYamlSource(text: string, firstLine = 1): YamlSource {
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA });
  } catch {
    return parseYamlSource(text, firstLine);
  }
  if (holdsNonStringLookalike(value)) return parseYamlSource(text, firstLine);
  let withLines: YamlSource | undefined;
  const lines = () => (withLines ??= parseYamlSource(text, firstLine));
  return {
    // An empty text is null to `yaml` and undefined to js-yaml.
    value: value === undefined ? null : value,
    syntaxErrors: [],
    lineOf: (path) => lines().lineOf(path),
    topLevelKeyAt: (line) => lines().topLevelKeyAt(line),
  };
}

/**
 * What the YAML 1.2 core schema reads as null, a boolean or a number when written plain, as `yaml`
 * implements it. js-yaml's core schema differs at the edges: it reads `-.5` as text and `0b101` as a
 * number. A number where `yaml` has text fails the report schema, which sends the file to `yaml`;
 * text where `yaml` has a number would not, so such text is sent to `yaml` here.
 */
const CORE_NON_STRING =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))?$/;

/** Whether a value holds, at any depth, text that the core schema reads as something else when written plain. */
function holdsNonStringLookalike(value: unknown): boolean {
  if (typeof value === "string") return CORE_NON_STRING.test(value);
  if (Array.isArray(value)) return value.some(holdsNonStringLookalike);
  if (value !== null && typeof value === "object") return Object.values(value).some(holdsNonStringLookalike);
  return false;
}

/**
 * Every line of a YAML text that holds a bidi control character, with the problem.
 * @example bidiControlLines("a: b\nc: \u202Ed\n") // [{ line: 2, message: "contains the bidi control character U+202E …" }]
 */
export function bidiControlLines(text: string, firstLine = 1): { line: number; message: string }[] {
  const found: { line: number; message: string }[] = [];
  text.split("\n").forEach((content, index) => {
    const message = bidiControlProblem(content);
    if (message !== undefined) found.push({ line: index + firstLine, message });
  });
  return found;
}

function offsetOf(doc: Document, path: readonly (string | number)[]): number {
  let node: unknown = doc.contents;
  let offset = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

function topLevelKeyAt(doc: Document, lineAt: (offset: number) => number, line: number): string | undefined {
  if (!isMap(doc.contents)) return undefined;
  let key: string | undefined;
  for (const pair of doc.contents.items) {
    const start = (pair.key as Node | null)?.range?.[0];
    if (start === undefined || lineAt(start) > line) break;
    key = isScalar(pair.key) ? String(pair.key.value) : undefined;
  }
  return key;
}
