/**
 * The site's address: the sub-folder comes from the base URL's path or from --path-prefix, never
 * from both one after the other.
 */
import { describe, expect, it } from "vitest";
import { siteAddress, SiteAddressConflict } from "../../src/site/site-address.ts";

describe("siteAddress", () => {
  it("takes the sub-folder from the base URL's path when no path prefix is given", () => {
    expect(siteAddress("https://example.org/news/", undefined)).toEqual({ baseUrl: "https://example.org", pathPrefix: "/news/" });
    expect(siteAddress("https://example.org/news", undefined)).toEqual({ baseUrl: "https://example.org", pathPrefix: "/news/" });
    expect(siteAddress("https://example.org", undefined)).toEqual({ baseUrl: "https://example.org", pathPrefix: "/" });
  });

  it("takes the path prefix when the base URL has no path, and does not double one that says the same", () => {
    expect(siteAddress("https://example.org/", "news")).toEqual({ baseUrl: "https://example.org", pathPrefix: "/news/" });
    expect(siteAddress("https://example.org/news/", "/news/")).toEqual({ baseUrl: "https://example.org", pathPrefix: "/news/" });
  });

  it("refuses a base URL's path and a path prefix that name different sub-folders, in one line saying what to do", () => {
    expect(() => siteAddress("https://example.org/news/", "/other/")).toThrow(
      new SiteAddressConflict("the base URL https://example.org/news/ is served from /news/, but --path-prefix says /other/: give the sub-folder once, in the base URL or with --path-prefix"),
    );
  });
});
