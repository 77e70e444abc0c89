import { describe, expect, it } from "vitest";
import { NEW_REPORT_PLACEHOLDER, placeholderLine } from "../../src/content/placeholder.ts";

describe("placeholderLine", () => {
  it("gives the 1-based line of the placeholder in a body", () => {
    expect(placeholderLine(`Intro\n${NEW_REPORT_PLACEHOLDER}\n`)).toBe(2);
  });

  it("finds the placeholder inside a longer line", () => {
    expect(placeholderLine(`\n\nText ${NEW_REPORT_PLACEHOLDER} more`)).toBe(3);
  });

  it("gives undefined for a body without the placeholder", () => {
    expect(placeholderLine("The minister met the ITU.\n")).toBe(undefined);
  });

  it("is the exact text npm run new writes", () => {
    expect(NEW_REPORT_PLACEHOLDER).toBe("[khabar: replace this line with the text of the report]");
  });
});
