/**
 * The dev server finds the processes above it, to stop when npm start's shell is gone (the
 * stopping itself is tested end to end in npm-start-stop.test.ts).
 */
import { describe, expect, it } from "vitest";
import { parentOf } from "../../src/dev/launcher-watch.ts";

describe("parentOf", () => {
  it("finds a process's parent", () => {
    expect(parentOf(process.pid)).toBe(process.ppid);
  });

  it("is undefined for a process that does not exist", () => {
    // Above Linux's largest process id (2^22).
    expect(parentOf(4_194_305)).toBe(undefined);
  });
});
