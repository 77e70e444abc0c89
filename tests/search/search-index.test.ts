import { describe, expect, it } from "vitest";
import { matchReports } from "../../src/search/match-reports.ts";
import { SearchIndexBuilder, type SearchDocument, type SearchShard } from "../../src/search/search-index.ts";

function document(href: string, title: string, bodyMarkdown: string, facts: string[] = []): SearchDocument {
  return { href, title, dates: [{ calendar: "gregorian", datetime: "2025-11-18", text: "18 November 2025" }], summary: "", facts, bodyMarkdown };
}

function built(documents: SearchDocument[]): Map<string, string> {
  const builder = new SearchIndexBuilder();
  for (const doc of documents) builder.add(doc);
  return new Map(builder.files());
}

describe("SearchIndexBuilder", () => {
  const files = built([
    document("/en/news/a/", "ITU meeting", "Talks in [Baku](https://example.org/baku)."),
    document("/en/news/b/", "Postal union", "The ITU and the UPU.", ["Baku"]),
  ]);

  it("lists the term files that exist in its manifest", () => {
    expect(JSON.parse(files.get("index.json") ?? "")).toEqual({
      documents: 2,
      documentsPerFile: 100,
      shards: ["31-38", "32-30", "61-6e", "62-61", "69-6e", "69-74", "6d-65", "6e-6f", "70-6f", "74-61", "74-68", "75-6e", "75-70"],
    });
  });

  it("keeps each term's reports and weights, report numbers as differences", () => {
    // "itu": report 0 by its title (8), report 1 by its body (1); "baku": report 0 by its body, report 1 by its facts (4).
    expect(JSON.parse(files.get("terms/69-74.json") ?? "")).toEqual({ itu: [0, 8, 1, 1] });
    expect(JSON.parse(files.get("terms/62-61.json") ?? "")).toEqual({ baku: [0, 1, 1, 4] });
  });

  it("leaves link addresses out of the words", () => {
    expect(files.has("terms/65-78.json")).toBe(false);
    expect(files.has("terms/68-74.json")).toBe(false);
  });

  it("writes each report's address, title, dates and summary for the results", () => {
    expect(JSON.parse(files.get("documents/0.json") ?? "")).toEqual([
      ["/en/news/a/", "ITU meeting", [["gregorian", "2025-11-18", "18 November 2025"]], ""],
      ["/en/news/b/", "Postal union", [["gregorian", "2025-11-18", "18 November 2025"]], ""],
    ]);
  });
});

describe("matchReports", () => {
  const files = built([
    document("/en/news/a/", "ITU meeting", "Talks in Baku about broadband."),
    document("/en/news/b/", "Postal union", "The ITU and the UPU met in Bern."),
    document("/en/news/c/", "Broadband plans", "Satellite broadband for villages."),
  ]);
  const shardFor = (key: string): SearchShard | undefined => {
    const text = files.get(`terms/${key}.json`);
    return text === undefined ? undefined : (JSON.parse(text) as SearchShard);
  };

  it("ranks a report with the word in its title above one with it in the body", () => {
    expect(matchReports(["itu"], 3, shardFor).ids).toEqual([0, 1]);
  });

  it("keeps only the reports that have every word", () => {
    expect(matchReports(["itu", "baku"], 3, shardFor).ids).toEqual([0]);
  });

  it("matches a word by its start, as the reader types", () => {
    expect(matchReports(["broad"], 3, shardFor).ids).toEqual([2, 0]);
  });

  it("finds nothing for a word no report has, or for no words", () => {
    expect(matchReports(["geneva"], 3, shardFor).ids).toEqual([]);
    expect(matchReports([], 3, shardFor).ids).toEqual([]);
  });
});
