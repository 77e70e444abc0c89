import { describe, expect, it } from "vitest";
import { isSameOrInside } from "../../src/files/path-inside.ts";

describe("isSameOrInside", () => {
  it("is true for the folder itself and what lies below it, by whole folder names", () => {
    expect([
      isSameOrInside("/repo/content", "/repo/content"),
      isSameOrInside("/repo/content/media/a.jpg", "/repo/content"),
      isSameOrInside("/repo/content/media/a.jpg", "/repo/content/"),
      isSameOrInside("/repo/content2/a.jpg", "/repo/content"),
      isSameOrInside("/repo", "/repo/content"),
    ]).toEqual([true, true, true, false, false]);
  });
});
