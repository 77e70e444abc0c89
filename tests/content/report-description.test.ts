import { describe, expect, it } from "vitest";
import { reportDescription } from "../../src/content/report-description.ts";

describe("reportDescription", () => {
  it("gives an English summary the curly quotes and apostrophes its body's lead would get", () => {
    const summary = "Pakistan's minister and Iran's discussed the two countries' \"secure corridors\".";
    expect([reportDescription({ summary, body: "Text.", lang: "en" }), reportDescription({ summary: undefined, body: summary, lang: "en" })]).toEqual([
      "Pakistan’s minister and Iran’s discussed the two countries’ “secure corridors”.",
      "Pakistan’s minister and Iran’s discussed the two countries’ “secure corridors”.",
    ]);
  });

  it("gives a Persian summary guillemets", () => {
    expect(reportDescription({ summary: 'وزیر گفت: "همکاری‌ها ادامه دارد".', body: "متن.", lang: "fa" })).toBe("وزیر گفت: «همکاری‌ها ادامه دارد».");
  });

  it("reads a summary as plain text, not Markdown", () => {
    expect(reportDescription({ summary: "A *starred* [word](x) & more", body: "Text.", lang: "en" })).toBe("A *starred* [word](x) & more");
  });
});
