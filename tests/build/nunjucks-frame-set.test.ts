/**
 * The faster `Frame.set` stores every variable where Nunjucks' own stores it, and templates render
 * the same with either.
 */
import nunjucks from "nunjucks";
import { afterEach, describe, expect, it } from "vitest";
import { fasterFrameSet, NUNJUCKS_FRAME_SET, useFasterNunjucksFrameSet, type NunjucksFrame } from "../../src/build/nunjucks-frame-set.ts";

const Frame = (nunjucks as unknown as { runtime: { Frame: new (parent?: NunjucksFrame, isolateWrites?: boolean) => NunjucksFrame } }).runtime.Frame;

/** Every frame's variables, innermost first. */
function variablesOf(frames: readonly NunjucksFrame[]): unknown[] {
  return frames.map((frame) => structuredClone(frame.variables));
}

/** A parent frame holding `held` and `loop.length`, and a child of it, isolated from it or not. */
function nestedFrames(isolateWrites: boolean): [child: NunjucksFrame, parent: NunjucksFrame] {
  const parent = new Frame();
  parent.variables.held = "parent's";
  parent.variables.loop = { length: 3 };
  return [new Frame(parent, isolateWrites), parent];
}

/** What each way of setting does to a child and its parent: [name, value, resolveUp, isolateWrites]. */
const CASES: readonly (readonly [string, unknown, boolean, boolean])[] = [
  ["plain", 1, false, false],
  ["loop.index", 2, false, false],
  ["a.b.c", 3, false, false],
  ["held", "child's", false, false],
  ["held", "set up", true, false],
  ["held", "set in isolation", true, true],
  ["missing", "set here", true, false],
  ["loop.first", true, true, false],
  ["loop.first", false, true, true],
];

afterEach(() => useFasterNunjucksFrameSet());

describe("fasterFrameSet", () => {
  it.each(CASES)("stores %s = %j (resolveUp %s, isolated %s) where Nunjucks' own Frame.set stores it", (name, value, resolveUp, isolateWrites) => {
    const results = [NUNJUCKS_FRAME_SET, fasterFrameSet].map((set) => {
      (Frame.prototype as { set: typeof set }).set = set;
      const frames = nestedFrames(isolateWrites);
      frames[0].set(name, value, resolveUp);
      return variablesOf(frames);
    });
    expect(results[1]).toEqual(results[0]);
  });

  it("sets a loop's variables inside the one loop object of its frame", () => {
    useFasterNunjucksFrameSet();
    const frame = new Frame();
    frame.set("loop.index", 1);
    frame.set("loop.first", true);
    expect(frame.variables).toEqual({ loop: { index: 1, first: true } });
  });

  it("renders loops, sets and macros as Nunjucks' own Frame.set does", () => {
    const template = [
      "{% set total = 0 %}",
      "{% macro item(x) %}<{{ x }}>{% endmacro %}",
      "{% for row in rows %}{% set total = total + row.length %}",
      "{{ loop.index }}/{{ loop.length }}{% if loop.first %}F{% endif %}{% if loop.last %}L{% endif %}:",
      "{% for cell in row %}{{ loop.index0 }}{{ item(cell) }}{% else %}-{% endfor %};",
      "{% endfor %}{{ total }}",
    ].join("");
    const rows = [["a", "b"], [], ["c"]];
    const rendered = [NUNJUCKS_FRAME_SET, fasterFrameSet].map((set) => {
      (Frame.prototype as { set: typeof set }).set = set;
      return new nunjucks.Environment().renderString(template, { rows });
    });
    expect(rendered).toEqual(["1/3F:0<a>1<b>;2/3:-;3/3L:0<c>;3", "1/3F:0<a>1<b>;2/3:-;3/3L:0<c>;3"]);
  });
});
