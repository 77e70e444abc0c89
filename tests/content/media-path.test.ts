import { describe, expect, it } from "vitest";
import { mediaPathOf, mediaPathProblem } from "../../src/content/media-path.ts";

describe("mediaPathOf", () => {
  it("takes a path below content/media/ as written in the frontmatter or, after /media/, in a body", () => {
    expect([mediaPathOf("2025/itu-baku.jpg"), mediaPathOf("/media/2025/itu-baku.jpg"), mediaPathOf("media/عکس.jpg")]).toEqual(["2025/itu-baku.jpg", "2025/itu-baku.jpg", "عکس.jpg"]);
  });
});

describe("mediaPathProblem", () => {
  it("accepts a file below the folder, with Persian names too", () => {
    expect([mediaPathProblem("2025/itu-baku.jpg"), mediaPathProblem("۱۴۰۴/دیدار.jpg")]).toEqual([undefined, undefined]);
  });

  it("refuses a way out of the folder, an address of another site, a backslash and an empty path", () => {
    expect(["../secret.jpg", "a/../../b.jpg", "a//b.jpg", "./a.jpg", "https://example.com/a.jpg", "//example.com/a.jpg", "data:image/png;base64,AA", "a\\b.jpg", "/etc/passwd", ""].map(mediaPathProblem)).toEqual([
      "it leaves the folder",
      "it leaves the folder",
      "write each folder once, without // or ./",
      "write each folder once, without // or ./",
      "photos are taken from the content folder, not from other sites",
      "photos are taken from the content folder, not from other sites",
      "photos are taken from the content folder, not from other sites",
      "write / between folders",
      "it must start below content/media/ (or with /media/)",
      "it is empty",
    ]);
  });
});
