/**
 * The dev server's report cache: a save parses the changed file again and no other, and what it
 * remembers stays in step with the content folder.
 */
import { describe, expect, it } from "vitest";
import { parseContent, type ContentSources } from "../../src/content/parse-content.ts";
import { formatProblem } from "../../src/content/problem.ts";
import { readContentSources } from "../../src/content/read-content.ts";
import { CountingReportCache } from "../../src/dev/report-file-cache.ts";
import { reportText, writeFixtureSite } from "../helpers/fixture-site.ts";

const FIELDS = ['date: "2025-11-18"', "minister: sattar-hashemi"];

function fixtureSources(): ContentSources {
  return readContentSources(
    writeFixtureSite({
      "fa/news/2025/a.md": reportText(["title: الف", ...FIELDS]),
      "en/news/2025/a.md": reportText(["title: A", ...FIELDS]),
      "en/news/2025/b.md": reportText(["title: B", ...FIELDS]),
    }),
  );
}

/** The sources with one report's text replaced. */
function withReport(sources: ContentSources, path: string, text: string): ContentSources {
  return { ...sources, reports: sources.reports.map((file) => (file.path.endsWith(path) ? { ...file, text } : file)) };
}

describe("CountingReportCache", () => {
  it("parses every file on the first parse", () => {
    const cache = new CountingReportCache();
    parseContent(fixtureSources(), { includeDrafts: true, reportCache: cache });
    expect([cache.parsed, cache.reused, cache.size]).toEqual([3, 0, 3]);
  });

  it("parses only the changed file on a second parse and reuses the other two", () => {
    const cache = new CountingReportCache();
    const sources = fixtureSources();
    parseContent(sources, { includeDrafts: true, reportCache: cache });
    cache.resetCounters();
    const edited = withReport(sources, "en/news/2025/b.md", reportText(["title: B, edited", ...FIELDS]));
    const { content } = parseContent(edited, { includeDrafts: true, reportCache: cache });
    expect([cache.parsed, cache.reused]).toEqual([1, 2]);
    expect(content?.reports.map((report) => report.title)).toEqual(["الف", "A", "B, edited"]);
  });

  it("parses nothing again when no text changed", () => {
    const cache = new CountingReportCache();
    const sources = fixtureSources();
    parseContent(sources, { includeDrafts: true, reportCache: cache });
    cache.resetCounters();
    parseContent({ ...sources, reports: sources.reports.map((file) => ({ ...file, text: `${file.text}` })) }, { includeDrafts: true, reportCache: cache });
    expect([cache.parsed, cache.reused]).toEqual([0, 3]);
  });

  it("reports a changed file's new error while reusing the others", () => {
    const cache = new CountingReportCache();
    const sources = fixtureSources();
    parseContent(sources, { includeDrafts: true, reportCache: cache });
    cache.resetCounters();
    const broken = withReport(sources, "en/news/2025/a.md", reportText(["title: A", 'date: "2025-11-18"', "minister: nobody"]));
    const { content, problems } = parseContent(broken, { includeDrafts: true, reportCache: cache });
    expect([cache.parsed, cache.reused]).toEqual([1, 2]);
    expect(content).toBe(undefined);
    expect(problems.map((problem) => formatProblem(problem).replace(/^.*content\//, "content/"))).toEqual([
      'content/en/news/2025/a.md:4: minister: unknown key "nobody" in people.yaml',
    ]);
  });

  it("forgets the files it is not told to keep", () => {
    const cache = new CountingReportCache();
    const sources = fixtureSources();
    parseContent(sources, { includeDrafts: true, reportCache: cache });
    cache.keepOnly(new Set(sources.reports.slice(0, 1).map((file) => file.path)));
    expect(cache.size).toBe(1);
  });
});
