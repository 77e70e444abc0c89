import { describe, expect, it } from "vitest";
import { flatString } from "../../src/build/flat-string.ts";

describe("flatString", () => {
  it("gives back the same characters as the text built piece by piece", () => {
    let text = "";
    for (let index = 0; index < 500; index++) text += `<p>گزارش ${index}</p>\n`;
    const flat = flatString(text);
    expect(flat).toBe(text);
    expect(flat.length).toBe(text.length);
    expect(flat.slice(0, 15)).toBe("<p>گزارش 0</p>\n");
  });

  it("gives back text that reads as a number unchanged", () => {
    expect(flatString("12")).toBe("12");
    expect(flatString("")).toBe("");
  });
});
