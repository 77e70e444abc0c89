import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultImageCacheDir } from "../../src/image-processing/image-cache.ts";
import { imageCacheOption } from "../../src/image-processing/image-cache-option.ts";

describe("imageCacheOption", () => {
  it("gives the default cache when none was given", () => {
    expect(imageCacheOption(undefined, [["--content", "content"]])).toEqual({ dir: defaultImageCacheDir() });
  });

  it("resolves a cache of its own", () => {
    expect(imageCacheOption("../photo-cache", [["--content", "content"]])).toEqual({ dir: resolve("../photo-cache") });
  });

  it("refuses a cache in, or equal to, a folder the command reads or replaces, naming the option", () => {
    const folders = [
      ["--content", "content"],
      ["--out", "dist"],
    ] as const;
    expect([imageCacheOption("content/cache", folders), imageCacheOption("dist", folders)]).toEqual([
      { problem: "--image-cache: content/cache lies in content (--content); give the photos' cache a folder of its own" },
      { problem: "--image-cache: dist lies in dist (--out); give the photos' cache a folder of its own" },
    ]);
  });
});
