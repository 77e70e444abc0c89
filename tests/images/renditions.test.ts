import { describe, expect, it } from "vitest";
import { allRenditions, imageRenditions, pictureWidths } from "../../src/images/renditions.ts";

describe("pictureWidths", () => {
  it("makes a wide photo in 200, 400, 800 and 1200 pixels", () => {
    expect(pictureWidths(4000)).toEqual([200, 400, 800, 1200]);
  });

  it("adds a narrower photo's own width and never enlarges it", () => {
    expect([pictureWidths(1000), pictureWidths(150), pictureWidths(1200)]).toEqual([[200, 400, 800, 1000], [150], [200, 400, 800, 1200]]);
  });
});

describe("imageRenditions", () => {
  const facts = { format: "jpeg", width: 1600, height: 1067, hash: "3f9a2c1e0b7d4a65" } as const;

  it("names each version by the photo's hash, its width and its format, heights rounded down", () => {
    const renditions = imageRenditions(facts);
    expect(renditions.byFormat.webp.map((r) => `${r.name} ${r.width}×${r.height}`)).toEqual([
      "3f9a2c1e0b7d4a65-200.webp 200×133",
      "3f9a2c1e0b7d4a65-400.webp 400×266",
      "3f9a2c1e0b7d4a65-800.webp 800×533",
      "3f9a2c1e0b7d4a65-1200.webp 1200×800",
    ]);
    expect(renditions.byFormat.jpeg.map((r) => r.name)).toEqual(["3f9a2c1e0b7d4a65-200.jpg", "3f9a2c1e0b7d4a65-400.jpg", "3f9a2c1e0b7d4a65-800.jpg", "3f9a2c1e0b7d4a65-1200.jpg"]);
  });

  it("adds a 1200×630 JPEG share card, nine files in all", () => {
    const all = allRenditions(imageRenditions(facts));
    expect([all.length, all.at(-1)]).toEqual([9, { name: "3f9a2c1e0b7d4a65-share.jpg", format: "jpeg", width: 1200, height: 630, crop: true }]);
  });
});
