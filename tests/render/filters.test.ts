import { describe, expect, it } from "vitest";
import { t } from "../../src/render/filters.ts";

describe("the t filter", () => {
  it("gives a UI string in the page's language", () => {
    expect(t("home", "fa")).toBe("صفحهٔ اصلی");
    expect(t("home", "en")).toBe("Home");
  });

  it("fails the build on a misspelt message name instead of printing it", () => {
    expect(() => t("hmoe", "en")).toThrow('no UI string "hmoe" in src/i18n/strings.ts');
  });

  it("fails the build on a language the site does not have", () => {
    expect(() => t("home", "de")).toThrow('"de" is not a site language');
  });
});
