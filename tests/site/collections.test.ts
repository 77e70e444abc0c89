import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/content/parse-report.ts";
import type { Report } from "../../src/content/report.ts";
import type { Lang } from "../../src/i18n/locales.ts";
import { groupBy, newestFirst, reportsByLanguage } from "../../src/site/collections.ts";

/** A report parsed from a file with only a title, a date and a minister. */
function reportAt(lang: Lang, slug: string, date: string): Report {
  const text = ["---", `title: ${slug}`, `date: "${date}"`, "minister: sattar-hashemi", "---", "Body.\n"].join("\n");
  const { report, problems } = parseReport({ path: `content/${lang}/news/${slug}.md`, lang, text });
  if (report === undefined) throw new Error(problems.map((problem) => problem.message).join("\n"));
  return report;
}

describe("groupBy", () => {
  it("groups items by key, keeping item order and the keys' order of first appearance", () => {
    expect([...groupBy(["ab", "ba", "ac", "b"], (word) => [word.charAt(0)])]).toEqual([
      ["a", ["ab", "ac"]],
      ["b", ["ba", "b"]],
    ]);
  });

  it("puts an item in every group it names, once each", () => {
    const items = [
      { id: 1, tags: ["x", "y", "x"] },
      { id: 2, tags: ["y"] },
    ];
    expect([...groupBy(items, (item) => item.tags)].map(([key, group]) => [key, group.map((item) => item.id)])).toEqual([
      ["x", [1]],
      ["y", [1, 2]],
    ]);
  });
});

describe("newestFirst", () => {
  it("puts the later instant first and ties in slug order", () => {
    const reports = [
      reportAt("fa", "b", "2025-11-10"),
      reportAt("fa", "old", "2016-05-20"),
      reportAt("fa", "a", "2025-11-10"),
      reportAt("fa", "new", "2025-11-10T00:01"),
    ];
    expect([...reports].sort(newestFirst).map((report) => report.slug)).toEqual(["new", "a", "b", "old"]);
  });

  it("compares instants, not wall-clock text: 23:00 UTC is after 02:00 Tehran time the next day", () => {
    const reports = [reportAt("en", "tehran", "2025-11-19T02:00"), reportAt("en", "utc", "2025-11-18T23:00Z")];
    expect([...reports].sort(newestFirst).map((report) => report.slug)).toEqual(["utc", "tehran"]);
  });
});

describe("reportsByLanguage", () => {
  it("splits items by language, each newest first", () => {
    const items = [reportAt("en", "e1", "2025-01-01"), reportAt("fa", "f1", "2025-01-01"), reportAt("fa", "f2", "2025-02-01")].map((report) => ({
      report,
    }));
    const grouped = reportsByLanguage(items);
    expect({ fa: grouped.fa.map((item) => item.report.slug), en: grouped.en.map((item) => item.report.slug) }).toEqual({
      fa: ["f2", "f1"],
      en: ["e1"],
    });
  });
});
