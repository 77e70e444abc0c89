/**
 * The two pages in both languages, as the sample site's build writes them: the language choice at
 * `/`, a page of its own shared like the others, and the not-found page, which claims no address.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sampleBuild } from "../helpers/sample-site.ts";

/** The lines of a built page's `<head>`. */
function headOf(file: string, underPrefix = false): string[] {
  const html = readFileSync(join(sampleBuild(underPrefix), file), "utf8");
  return html.slice(html.indexOf("<head>") + "<head>\n".length, html.indexOf("</head>")).trim().split("\n");
}

/** The site's default share picture, as the Persian home is shared with it. */
function defaultShareImage(): string {
  return /<meta property="og:image" content="([^"]+)">/.exec(readFileSync(join(sampleBuild(), "fa/index.html"), "utf8"))?.[1] ?? "none";
}

describe("the language choice at /", () => {
  it("has its canonical address, the homes' hreflang links, Open Graph in Persian with English as the alternate locale and the site's default picture, and both feeds", () => {
    expect(defaultShareImage()).toMatch(/^https:\/\/news\.example\.org\/media\/[0-9a-f]{16}-share\.jpg$/);
    expect(headOf("index.html")).toEqual([
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<link rel="icon" href="data:,">',
      "<title>اخبار وزارت ارتباطات و فناوری اطلاعات | ICT Ministry News</title>",
      '<meta name="description" content="گزارش‌های خبری دیدارها و رایزنی‌های بین‌المللی وزیران ارتباطات و فناوری اطلاعات جمهوری اسلامی ایران.">',
      '<link rel="canonical" href="https://news.example.org/">',
      '<link rel="alternate" hreflang="fa" href="https://news.example.org/fa/">',
      '<link rel="alternate" hreflang="en" href="https://news.example.org/en/">',
      '<link rel="alternate" hreflang="x-default" href="https://news.example.org/fa/">',
      '<meta property="og:type" content="website">',
      '<meta property="og:title" content="اخبار وزارت ارتباطات و فناوری اطلاعات | ICT Ministry News">',
      '<meta property="og:description" content="گزارش‌های خبری دیدارها و رایزنی‌های بین‌المللی وزیران ارتباطات و فناوری اطلاعات جمهوری اسلامی ایران.">',
      '<meta property="og:url" content="https://news.example.org/">',
      '<meta property="og:site_name" content="اخبار وزارت ارتباطات و فناوری اطلاعات">',
      '<meta property="og:locale" content="fa_IR">',
      '<meta property="og:locale:alternate" content="en_US">',
      `<meta property="og:image" content="${defaultShareImage()}">`,
      '<meta property="og:image:type" content="image/jpeg">',
      '<meta property="og:image:width" content="1200">',
      '<meta property="og:image:height" content="630">',
      '<meta property="og:image:alt" content="ساختمان وزارت ارتباطات و فناوری اطلاعات">',
      '<meta name="twitter:card" content="summary_large_image">',
      '<link rel="alternate" type="application/atom+xml" href="/fa/feed.xml" title="اخبار وزارت ارتباطات و فناوری اطلاعات (خوراک اتم)">',
      '<link rel="alternate" type="application/atom+xml" href="/en/feed.xml" title="ICT Ministry News (Atom feed)">',
      '<link rel="stylesheet" href="/assets/khabar.css">',
    ]);
  });

  it("writes its absolute addresses under the path prefix", () => {
    const links = headOf("index.html", true).filter((line) => line.includes('rel="canonical"') || line.includes("hreflang") || line.includes("og:url"));
    expect(links).toEqual([
      '<link rel="canonical" href="https://news.example.org/sub/">',
      '<link rel="alternate" hreflang="fa" href="https://news.example.org/sub/fa/">',
      '<link rel="alternate" hreflang="en" href="https://news.example.org/sub/en/">',
      '<link rel="alternate" hreflang="x-default" href="https://news.example.org/sub/fa/">',
      '<meta property="og:url" content="https://news.example.org/sub/">',
    ]);
  });
});

describe("the not-found page", () => {
  it("is titled page not found in both languages, has no canonical link, hreflang or Open Graph, and asks not to be indexed", () => {
    expect(headOf("404.html")).toEqual([
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<link rel="icon" href="data:,">',
      "<title>صفحه پیدا نشد | Page not found</title>",
      '<meta name="description" content="گزارش‌های خبری دیدارها و رایزنی‌های بین‌المللی وزیران ارتباطات و فناوری اطلاعات جمهوری اسلامی ایران.">',
      '<meta name="robots" content="noindex">',
      '<link rel="stylesheet" href="/assets/khabar.css">',
    ]);
  });

  it("is not in the sitemap, which lists / first", () => {
    const sitemap = readFileSync(join(sampleBuild(), "sitemap.xml"), "utf8");
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect([locs[0], locs.filter((loc) => loc?.endsWith("/404.html")).length]).toEqual(["https://news.example.org/", 0]);
  });
});
