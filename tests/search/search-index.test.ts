import { describe, expect, it } from "vitest";
import { matchReports } from "../../src/search/match-reports.ts";
import { SearchIndexBuilder, type SearchDocument, type SearchShard } from "../../src/search/search-index.ts";
import { queryWord } from "../../src/search/word-forms.ts";

const NO_FILTERS = { minister: [], organization: [], topic: [], year: ["2025"] };

function document(href: string, title: string, bodyMarkdown: string, facts: string[] = [], filters: SearchDocument["filters"] = NO_FILTERS): SearchDocument {
  return { href, title, dates: [{ calendar: "gregorian", datetime: "2025-11-18", text: "18 November 2025" }], summary: "", facts, bodyMarkdown, filters };
}

const words = (...terms: string[]) => terms.map(queryWord);

function built(documents: SearchDocument[]): Map<string, string> {
  const builder = new SearchIndexBuilder();
  const own = documents.map((doc) => builder.add(doc));
  return new Map([...builder.files(), ...own]);
}

describe("SearchIndexBuilder", () => {
  const files = built([
    document("/en/news/a/", "ITU meeting", "Talks in [Baku](https://example.org/baku)."),
    document("/en/news/b/", "Postal union", "The ITU and the UPU.", ["Baku"], { minister: ["sattar-hashemi"], organization: ["itu", "upu"], topic: ["postal"], year: ["2024"] }),
    document("/en/news/c/", "Postal talks", "Talks of **the UPU**.", [], { minister: ["sattar-hashemi"], organization: ["upu"], topic: [], year: ["2024"] }),
  ]);

  it("lists the term files that exist in its manifest", () => {
    expect(JSON.parse(files.get("index.json") ?? "")).toEqual({
      documents: 3,
      shards: ["31-38", "32-30", "61-6e", "62-61", "69-6e", "69-74", "6d-65", "6e-6f", "6f-66", "70-6f", "74-61", "74-68", "75-6e", "75-70"],
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

  it("writes each report's address, title, dates, summary and the body's text without Markdown in a file of its own", () => {
    expect(JSON.parse(files.get("documents/0.json") ?? "")).toEqual(["/en/news/a/", "ITU meeting", [["gregorian", "2025-11-18", "18 November 2025"]], "", "Talks in Baku."]);
    expect(JSON.parse(files.get("documents/2.json") ?? "")).toEqual(["/en/news/c/", "Postal talks", [["gregorian", "2025-11-18", "18 November 2025"]], "", "Talks of the UPU."]);
  });

  it("lists each minister's, organisation's, topic's and year's reports for the filters, numbers as differences", () => {
    expect(JSON.parse(files.get("filters.json") ?? "")).toEqual({
      minister: { "sattar-hashemi": [1, 1] },
      organization: { itu: [1], upu: [1, 1] },
      topic: { postal: [1] },
      year: { "2025": [0], "2024": [1, 1] },
    });
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
    expect(matchReports(words("itu"), 3, shardFor).ids).toEqual([0, 1]);
  });

  it("keeps only the reports that have every word", () => {
    expect(matchReports(words("itu", "baku"), 3, shardFor).ids).toEqual([0]);
  });

  it("matches a word by its start, as the reader types", () => {
    expect(matchReports(words("broad"), 3, shardFor).ids).toEqual([2, 0]);
  });

  it("finds a report by another English form of the word (Porter stems)", () => {
    expect(matchReports(words("villages"), 3, shardFor).ids).toEqual([2]);
    expect(matchReports(words("talked"), 3, shardFor).ids).toEqual([0]);
  });

  it("finds nothing for a word no report has, or for no words", () => {
    expect(matchReports(words("geneva"), 3, shardFor).ids).toEqual([]);
    expect(matchReports(words(), 3, shardFor).ids).toEqual([]);
  });
});
