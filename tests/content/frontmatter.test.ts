import { describe, expect, it } from "vitest";
import { FRONTMATTER_FIRST_LINE, normaliseLineEnds, splitFrontmatter } from "../../src/content/frontmatter.ts";

describe("splitFrontmatter", () => {
  it("splits a report into its YAML, its body and the body's first line", () => {
    expect(splitFrontmatter("---\ntitle: A\n---\nBody\n")).toEqual({ yaml: "title: A", body: "Body\n", bodyFirstLine: 4 });
  });

  it("counts the body's first line after several frontmatter lines", () => {
    expect(splitFrontmatter("---\ntitle: A\ndate: 2025-11-18\nminister: x\n---\n\nBody\n")).toEqual({
      yaml: "title: A\ndate: 2025-11-18\nminister: x",
      body: "\nBody\n",
      bodyFirstLine: 6,
    });
  });

  it("accepts a byte-order mark and Windows line ends", () => {
    expect(splitFrontmatter("\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n")).toEqual({ yaml: "title: A", body: "Body\n", bodyFirstLine: 4 });
  });

  it("accepts spaces after the --- lines", () => {
    expect(splitFrontmatter("---  \ntitle: A\n--- \nBody")).toEqual({ yaml: "title: A", body: "Body", bodyFirstLine: 4 });
  });

  it("keeps a later --- line in the body", () => {
    expect(splitFrontmatter("---\ntitle: A\n---\nOne\n---\nTwo\n")).toEqual({ yaml: "title: A", body: "One\n---\nTwo\n", bodyFirstLine: 4 });
  });

  it("gives an empty body when nothing follows the closing line", () => {
    expect(splitFrontmatter("---\ntitle: A\n---")).toEqual({ yaml: "title: A", body: "", bodyFirstLine: 4 });
  });

  it("gives undefined for a file that does not start with ---", () => {
    expect(splitFrontmatter("title: A\n---\nBody\n")).toBe(undefined);
    expect(splitFrontmatter("\n---\ntitle: A\n---\nBody\n")).toBe(undefined);
  });

  it("gives undefined for a frontmatter block that is never closed", () => {
    expect(splitFrontmatter("---\ntitle: A\nBody\n")).toBe(undefined);
  });

  it("starts the YAML on line 2", () => {
    expect(FRONTMATTER_FIRST_LINE).toBe(2);
  });
});

describe("normaliseLineEnds", () => {
  it("removes a leading byte-order mark and turns CRLF into LF", () => {
    expect(normaliseLineEnds("\uFEFFa\r\nb")).toBe("a\nb");
  });

  it("turns a lone CR into LF", () => {
    expect(normaliseLineEnds("a\rb\r\nc\n")).toBe("a\nb\nc\n");
  });

  it("keeps a byte-order mark that is not at the start", () => {
    expect(normaliseLineEnds("a\uFEFFb")).toBe("a\uFEFFb");
  });
});
