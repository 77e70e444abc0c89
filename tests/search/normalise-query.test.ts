import { describe, expect, it } from "vitest";
import { normaliseQuery } from "../../src/search/normalise-query.ts";

describe("normaliseQuery", () => {
  it("turns Arabic yeh and kaf into Persian yeh and keheh for the Persian index", () => {
    expect(normaliseQuery("كشور", "fa")).toBe("کشور");
    expect(normaliseQuery("همكاري", "fa")).toBe("همکاری");
    expect(normaliseQuery("مصطفى", "fa")).toBe("مصطفی");
  });

  it("writes ASCII and Arabic-Indic digits as Persian digits for the Persian index", () => {
    expect(normaliseQuery("1404", "fa")).toBe("۱۴۰۴");
    expect(normaliseQuery("١٤٠٤", "fa")).toBe("۱۴۰۴");
  });

  it("writes Persian and Arabic-Indic digits as ASCII digits for the English index", () => {
    expect(normaliseQuery("WTDC ۲۰۲۵", "en")).toBe("WTDC 2025");
    expect(normaliseQuery("٢٠٢٥", "en")).toBe("2025");
  });

  it("keeps the zero-width non-joiner inside words", () => {
    expect(normaliseQuery("همکاری\u200cهای بين\u200cالمللي", "fa")).toBe("همکاری\u200cهای بین\u200cالمللی");
  });

  it("folds runs of white space and trims the ends", () => {
    expect(normaliseQuery("  هوش \t مصنوعی  ", "fa")).toBe("هوش مصنوعی");
    expect(normaliseQuery("   ", "en")).toBe("");
  });
});
