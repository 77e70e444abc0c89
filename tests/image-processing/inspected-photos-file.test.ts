import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { InspectedPhotos } from "../../src/content/media-folder.ts";
import { readInspectedPhotos, writeInspectedPhotos } from "../../src/image-processing/inspected-photos-file.ts";

const PHOTO = { size: 58308, mtimeMs: 1764662400000.5, facts: { format: "jpeg", width: 1600, height: 1067, hash: "5e0ced11049a8ebd" } } as const;

describe("photos.json in the image cache", () => {
  it("gives back what was written, sorted by path", () => {
    const cache = mkdtempSync(join(tmpdir(), "khabar-inspected-"));
    const photos: InspectedPhotos = new Map([
      ["/repo/content/media/b.jpg", PHOTO],
      ["/repo/content/media/a.jpg", { ...PHOTO, size: 1 }],
    ]);
    writeInspectedPhotos(cache, photos);
    expect(Object.keys(JSON.parse(readFileSync(join(cache, "photos.json"), "utf8")))).toEqual(["/repo/content/media/a.jpg", "/repo/content/media/b.jpg"]);
    expect(readInspectedPhotos(cache)).toEqual(new Map([...photos].sort()));
  });

  it("is empty when there is no file or it is not JSON, and drops entries that are not what a build wrote", () => {
    const cache = mkdtempSync(join(tmpdir(), "khabar-inspected-"));
    expect(readInspectedPhotos(cache).size).toBe(0);
    writeFileSync(join(cache, "photos.json"), "{ half a file");
    expect(readInspectedPhotos(cache).size).toBe(0);
    writeFileSync(
      join(cache, "photos.json"),
      JSON.stringify({
        "/ok.jpg": PHOTO,
        "/svg.jpg": { ...PHOTO, facts: { ...PHOTO.facts, format: "svg" } },
        "/short-hash.jpg": { ...PHOTO, facts: { ...PHOTO.facts, hash: "abc" } },
        "/no-size.jpg": { mtimeMs: 1, facts: PHOTO.facts },
      }),
    );
    expect([...readInspectedPhotos(cache).keys()]).toEqual(["/ok.jpg"]);
  });
});
