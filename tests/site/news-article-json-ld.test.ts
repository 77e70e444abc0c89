import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/content/parse-report.ts";
import type { Report } from "../../src/content/report.ts";
import { newsArticleJsonLd } from "../../src/site/news-article-json-ld.ts";

/** An English report dated 2025-11-18 10:30 Tehran time, parsed from its file. */
function reportWith(title: string, source?: string): Report {
  const fields = [`title: '${title}'`, 'date: "2025-11-18T10:30"', "minister: sattar-hashemi", ...(source === undefined ? [] : [`source: ${source}`])];
  const { report, problems } = parseReport({ path: "content/en/news/itu.md", lang: "en", text: ["---", ...fields, "---", "Body.\n"].join("\n") });
  if (report === undefined) throw new Error(problems.map((problem) => problem.message).join("\n"));
  return report;
}

const INPUT = {
  url: "https://news.example.org/en/news/itu/",
  description: "The minister met the ITU.",
  publisher: "Ministry of ICT",
  publisherUrl: "https://news.example.org/en/",
};

describe("newsArticleJsonLd", () => {
  it("describes the report as a schema.org NewsArticle", () => {
    const publisher = { "@type": "Organization", name: "Ministry of ICT", url: "https://news.example.org/en/" };
    expect(JSON.parse(newsArticleJsonLd({ ...INPUT, report: reportWith("Minister meets ITU") }))).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Minister meets ITU",
      description: "The minister met the ITU.",
      datePublished: "2025-11-18T10:30:00+03:30",
      inLanguage: "en",
      url: "https://news.example.org/en/news/itu/",
      mainEntityOfPage: "https://news.example.org/en/news/itu/",
      publisher,
      author: publisher,
    });
  });

  it("names the original report's address as isBasedOn when the source has one", () => {
    const json = JSON.parse(newsArticleJsonLd({ ...INPUT, report: reportWith("T", "{ name: IRNA, url: https://www.irna.ir/news/1 }") }));
    expect(json.isBasedOn).toBe("https://www.irna.ir/news/1");
  });

  it("leaves isBasedOn out when the source has no address", () => {
    const json = JSON.parse(newsArticleJsonLd({ ...INPUT, report: reportWith("T", "{ name: IRNA }") }));
    expect(Object.hasOwn(json, "isBasedOn")).toBe(false);
  });

  it("stays safe inside <script> and parses back to the exact title", () => {
    const title = '</script><b>"&';  // single-quoted in YAML, so the double quote needs no escape
    const text = newsArticleJsonLd({ ...INPUT, report: reportWith(title) });
    expect({ headline: JSON.parse(text).headline, unsafe: /[<>&]/.test(text) }).toEqual({ headline: title, unsafe: false });
  });
});
