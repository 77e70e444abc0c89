import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cachedFile, isCached, putInCache } from "../../src/image-processing/image-cache.ts";
import type { Rendition } from "../../src/images/renditions.ts";

const A: Rendition = { name: "3f9a2c1e0b7d4a65-200.webp", format: "webp", width: 200, height: 133, crop: false };
const B: Rendition = { name: "3f9a2c1e0b7d4a65-200.jpg", format: "jpeg", width: 200, height: 133, crop: false };

describe("the image cache", () => {
  it("holds a version by its name once put, and leaves no partial file beside it", () => {
    const cache = join(mkdtempSync(join(tmpdir(), "khabar-cache-")), "images");
    expect(isCached(cache, [A])).toBe(false);
    putInCache(cache, A, Buffer.from("webp bytes"));
    expect([isCached(cache, [A]), isCached(cache, [A, B]), readFileSync(cachedFile(cache, A), "utf8"), readdirSync(cache)]).toEqual([
      true,
      false,
      "webp bytes",
      ["3f9a2c1e0b7d4a65-200.webp"],
    ]);
  });
});
