/**
 * A faster way for Nunjucks to store a template variable (its runtime's `Frame.set`).
 *
 * Why: Nunjucks stores a variable by splitting its name at the dots ("loop.index" becomes "loop"
 * and "index") each time, and every turn of a `{% for %}` stores eight: the loop's variable and
 * `loop.index`, `loop.first` and the rest. Splitting those names was a third of the time our
 * templates took outside the Markdown: about 0.2 s of CPU at 4,000 report pairs, on both threads
 * and in Eleventy. Here each name is split once and its parts kept; what is stored, and in which
 * frame, is what Nunjucks 3.2 stores (tests/build/nunjucks-frame-set.test.ts compares the two).
 */
import nunjucks from "nunjucks";

/** What this module uses of a Nunjucks runtime frame: one scope of template variables. */
export interface NunjucksFrame {
  variables: Record<string, unknown>;
  /** The frame, this one or one it is nested in, that holds `name`; never past an isolating frame when writing. */
  resolve(name: string, forWrite: boolean): NunjucksFrame | undefined;
  set(name: string, value: unknown, resolveUp?: boolean): void;
}

type SetVariable = (this: NunjucksFrame, name: string, value: unknown, resolveUp?: boolean) => void;

const framePrototype = (nunjucks as unknown as { runtime: { Frame: { prototype: { set: SetVariable } } } }).runtime.Frame.prototype;

/** Nunjucks' own `Frame.set`, as it was before {@link useFasterNunjucksFrameSet}. */
export const NUNJUCKS_FRAME_SET: SetVariable = framePrototype.set;

/** Each variable name met so far, split at its dots. */
const partsOfNames = new Map<string, readonly string[]>();

function partsOf(name: string): readonly string[] {
  let parts = partsOfNames.get(name);
  if (parts === undefined) {
    parts = name.split(".");
    partsOfNames.set(name, parts);
  }
  return parts;
}

/**
 * Stores `value` as the variable `name` ("loop.index" inside an object "loop", made if missing).
 * With `resolveUp` (a `{% set %}`), the variable goes to the frame that already holds its first
 * part, if any; otherwise to this frame.
 */
export const fasterFrameSet: SetVariable = function set(name, value, resolveUp) {
  const parts = partsOf(name);
  if (resolveUp) {
    const holder = this.resolve(parts[0] ?? name, true);
    if (holder) {
      holder.set(name, value);
      return;
    }
  }
  let scope = this.variables;
  const last = parts.length - 1;
  for (let index = 0; index < last; index++) {
    const part = parts[index] ?? "";
    if (!scope[part]) scope[part] = {};
    scope = scope[part] as Record<string, unknown>;
  }
  scope[parts[last] ?? name] = value;
};

/**
 * Makes every Nunjucks environment of this thread store variables with {@link fasterFrameSet};
 * safe to call more than once.
 * @example useFasterNunjucksFrameSet(); nunjucks.renderString("{% for x in [1, 2] %}{{ loop.index }}{% endfor %}", {}) // "12"
 */
export function useFasterNunjucksFrameSet(): void {
  framePrototype.set = fasterFrameSet;
}
