import { describe, expect, it } from "vitest";
import {
  archivePath,
  entityPath,
  feedPath,
  homePath,
  newsListPath,
  normalisePathPrefix,
  pagedPath,
  reportPath,
  searchPath,
  urlMaker,
} from "../../src/site/site-urls.ts";

describe("page paths (contract §3)", () => {
  it("puts each language's home at /fa/ and /en/", () => {
    expect([homePath("fa"), homePath("en")]).toEqual(["/fa/", "/en/"]);
  });

  it("puts a report at /<lang>/news/<slug>/", () => {
    expect([reportPath("fa", "itu-sg-baku"), reportPath("en", "itu-sg-baku")]).toEqual(["/fa/news/itu-sg-baku/", "/en/news/itu-sg-baku/"]);
  });

  it("puts the list of all reports at /<lang>/news/", () => {
    expect([newsListPath("fa"), newsListPath("en")]).toEqual(["/fa/news/", "/en/news/"]);
  });

  it("leaves the first page of a list at its own path and numbers the others …/page/N/", () => {
    expect([pagedPath("/fa/news/", 1), pagedPath("/fa/news/", 2), pagedPath("/en/archive/2025/11/", 10)]).toEqual([
      "/fa/news/",
      "/fa/news/page/2/",
      "/en/archive/2025/11/page/10/",
    ]);
  });

  it("puts the archive index, a year and a two-digit month under /<lang>/archive/", () => {
    expect([archivePath("fa"), archivePath("fa", 1404), archivePath("fa", 1404, 8), archivePath("en", 2025, 11)]).toEqual([
      "/fa/archive/",
      "/fa/archive/1404/",
      "/fa/archive/1404/08/",
      "/en/archive/2025/11/",
    ]);
  });

  it("puts entity indexes and entity pages under their kind", () => {
    expect([
      entityPath("fa", "people"),
      entityPath("fa", "people", "sattar-hashemi"),
      entityPath("en", "organizations", "itu"),
      entityPath("en", "venues", "baku"),
      entityPath("fa", "topics", "ai"),
    ]).toEqual(["/fa/people/", "/fa/people/sattar-hashemi/", "/en/organizations/itu/", "/en/venues/baku/", "/fa/topics/ai/"]);
  });

  it("puts the search page and the Atom feed under each language", () => {
    expect([searchPath("fa"), searchPath("en"), feedPath("fa"), feedPath("en")]).toEqual(["/fa/search/", "/en/search/", "/fa/feed.xml", "/en/feed.xml"]);
  });
});

describe("urlMaker", () => {
  it("gives root-relative links and absolute addresses for a site at the root", () => {
    const urls = urlMaker({ baseUrl: "https://news.example.org", pathPrefix: "/" });
    expect([urls.href("/fa/"), urls.absolute("/fa/news/itu/")]).toEqual(["/fa/", "https://news.example.org/fa/news/itu/"]);
  });

  it("puts the path prefix before every link and address", () => {
    const urls = urlMaker({ baseUrl: "https://a.org", pathPrefix: "/khabar/" });
    expect([urls.href("/en/"), urls.absolute("/en/news/itu/"), urls.absolute("/")]).toEqual([
      "/khabar/en/",
      "https://a.org/khabar/en/news/itu/",
      "https://a.org/khabar/",
    ]);
  });

  it("drops trailing slashes of the base URL so no address has a double slash", () => {
    const urls = urlMaker({ baseUrl: "https://news.example.org//", pathPrefix: "news" });
    expect(urls.absolute("/fa/")).toBe("https://news.example.org/news/fa/");
  });
});

describe("normalisePathPrefix", () => {
  it("gives a prefix one leading and one trailing slash", () => {
    expect(["khabar", "/khabar", "khabar/", "//khabar//", "/a/b/"].map(normalisePathPrefix)).toEqual([
      "/khabar/",
      "/khabar/",
      "/khabar/",
      "/khabar/",
      "/a/b/",
    ]);
  });

  it("gives / for an empty prefix or slashes alone", () => {
    expect(["", "/", "///"].map(normalisePathPrefix)).toEqual(["/", "/", "/"]);
  });
});
