import { describe, expect, it } from "vitest";
import { didYouMean, nearestKey } from "../../src/content/nearest-key.ts";

describe("nearestKey", () => {
  it("finds the known key one letter away from a misspelt one", () => {
    expect(nearestKey("sattar-hashmi", ["sattar-hashemi", "houlin-zhao"])).toBe("sattar-hashemi");
  });

  it("finds nothing when every known key is far away", () => {
    expect(nearestKey("unesco", ["itu", "apt"])).toBe(undefined);
  });

  it("finds nothing among no keys", () => {
    expect(nearestKey("itu", [])).toBe(undefined);
  });

  it("allows two edits even for a short key", () => {
    expect(nearestKey("iu", ["itu", "apt"])).toBe("itu");
    expect(nearestKey("xyz", ["itu"])).toBe(undefined);
  });

  it("allows a third of the key's length in edits for a long key", () => {
    // "sattar" (6 letters) allows 2 edits; "sattar-xyz" (10 letters) allows 3.
    expect(nearestKey("sattar-xyz", ["sattar-abc"])).toBe("sattar-abc");
    expect(nearestKey("sattar-wxyz", ["sattar-abcd"])).toBe(undefined);
  });

  it("picks the alphabetically first of two equally near keys, whatever their order", () => {
    expect(nearestKey("bat", ["cat", "hat"])).toBe("cat");
    expect(nearestKey("bat", ["hat", "cat"])).toBe("cat");
  });

  it("prefers the nearer key over an alphabetically earlier one", () => {
    expect(nearestKey("venue", ["venu", "avenues"])).toBe("venu");
  });

  it("accepts any iterable of keys, such as a Set", () => {
    expect(nearestKey("minster", new Set(["title", "minister", "venue"]))).toBe("minister");
  });
});

describe("didYouMean", () => {
  it("gives a hint naming the nearest key in quotes", () => {
    expect(didYouMean("minster", ["minister", "venue"])).toBe(' (did you mean "minister"?)');
  });

  it("gives an empty text when no key is near", () => {
    expect(didYouMean("photographer", ["minister", "venue"])).toBe("");
  });
});
