/**
 * The dev server's site in memory: a save re-reads and re-parses the saved file only, rebuilds the
 * model; a report file with an error keeps its last good version (or is left out), and an error in
 * a data file keeps the whole last good site.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem, type Problem } from "../../src/content/problem.ts";
import { DevSite } from "../../src/dev/dev-site.ts";
import { reportText, writeFixtureSite } from "../helpers/fixture-site.ts";

const FIELDS = ['date: "2025-11-18"', "minister: sattar-hashemi"];

function devSite(): { site: DevSite; content: string } {
  const content = writeFixtureSite({
    "fa/news/2025/a.md": reportText(["title: الف", ...FIELDS]),
    "en/news/2025/a.md": reportText(["title: A", ...FIELDS]),
    "en/news/2025/b.md": reportText(["title: B", ...FIELDS, "draft: true"]),
  });
  return { site: new DevSite({ contentDir: content, baseUrl: "http://localhost:8080", pathPrefix: "/", includeDrafts: true }), content };
}

/** A problem's line, its path from the content folder on (the fixture's folder is a temporary one). */
function shortProblem(problem: Problem): string {
  return formatProblem(problem).replace(/^.*content\//, "content/");
}

/** The titles of the served report pages. */
function reportTitles(site: DevSite): string[] {
  return site.served?.model.reports.map((page) => page.title) ?? [];
}

describe("DevSite", () => {
  it("reads and parses every file on its first update, drafts included", () => {
    const { site } = devSite();
    const update = site.update("everything");
    expect([update.kind, "changedFiles" in update && update.changedFiles]).toEqual(["rebuilt", 8]);
    expect([site.reportCache.parsed, site.reportCache.reused]).toEqual([3, 0]);
    expect(reportTitles(site)).toEqual(["الف", "A", "B"]);
  });

  it("parses only the saved report again and serves its new title", () => {
    const { site, content } = devSite();
    site.update("everything");
    writeFileSync(join(content, "en/news/2025/a.md"), reportText(["title: A, edited", ...FIELDS]));
    const update = site.update(new Set(["en/news/2025/a.md"]));
    expect([update.kind, "changedFiles" in update && update.changedFiles]).toEqual(["rebuilt", 1]);
    expect([site.reportCache.parsed, site.reportCache.reused]).toEqual([1, 2]);
    expect(reportTitles(site)).toEqual(["الف", "A, edited", "B"]);
    expect(site.served?.pages.has("/en/news/a/")).toBe(true);
  });

  it("does nothing for a save that changed no text", () => {
    const { site, content } = devSite();
    site.update("everything");
    const served = site.served;
    writeFileSync(join(content, "en/news/2025/a.md"), reportText(["title: A", ...FIELDS]));
    expect(site.update(new Set(["en/news/2025/a.md"]))).toEqual({ kind: "unchanged" });
    expect(site.served).toBe(served);
  });

  it("keeps a saved report with an error at its last good page, and lists its error", () => {
    const { site, content } = devSite();
    site.update("everything");
    writeFileSync(join(content, "en/news/2025/a.md"), reportText(["title: A, broken", 'date: "2025-11-18"', "minister: nobody"]));
    const update = site.update(new Set(["en/news/2025/a.md"]));
    expect([update.kind, "problems" in update && update.problems.map(shortProblem)]).toEqual(["rebuilt", ['content/en/news/2025/a.md:4: minister: unknown key "nobody" in people.yaml']]);
    expect(site.problems.map(shortProblem)).toEqual(['content/en/news/2025/a.md:4: minister: unknown key "nobody" in people.yaml']);
    expect(reportTitles(site)).toEqual(["الف", "A", "B"]);
    expect(site.brokenReportPages).toEqual(new Map());
  });

  it("shows other files' saves while a report has an error, and forgets the error once it is fixed", () => {
    const { site, content } = devSite();
    site.update("everything");
    writeFileSync(join(content, "en/news/2025/a.md"), reportText(["title: A, broken", 'date: "2025-02-30"', "minister: sattar-hashemi"]));
    site.update(new Set(["en/news/2025/a.md"]));
    writeFileSync(join(content, "fa/news/2025/a.md"), reportText(["title: الف، ویرایش‌شده", ...FIELDS]));
    expect(site.update(new Set(["fa/news/2025/a.md"])).kind).toBe("rebuilt");
    expect(reportTitles(site)).toEqual(["الف، ویرایش‌شده", "A", "B"]);
    expect(site.problems.map(shortProblem)).toEqual(['content/en/news/2025/a.md:3: date: "2025-02-30" is not a real date: February 2025 has 28 days']);
    writeFileSync(join(content, "en/news/2025/a.md"), reportText(["title: A, fixed", ...FIELDS]));
    expect(site.update(new Set(["en/news/2025/a.md"]))).toMatchObject({ kind: "rebuilt", problems: [] });
    expect([reportTitles(site), site.problems]).toEqual([["الف، ویرایش‌شده", "A, fixed", "B"], []]);
  });

  it("serves every other report when one never had a good version, and gives its address its errors", () => {
    const { site, content } = devSite();
    writeFileSync(join(content, "en/news/2025/c.md"), reportText(["title: C", 'date: "2025-11-18"', "minister: nobody"]));
    const update = site.update("everything");
    expect(update.kind).toBe("rebuilt");
    expect(reportTitles(site)).toEqual(["الف", "A", "B"]);
    expect(site.served?.pages.has("/en/news/c/")).toBe(false);
    expect([...site.brokenReportPages].map(([address, problems]) => [address, problems.map(shortProblem)])).toEqual([
      ["/en/news/c/", ['content/en/news/2025/c.md:4: minister: unknown key "nobody" in people.yaml']],
    ]);
  });

  it("leaves out a report whose last good version has an error now, when a registry key it names is removed", () => {
    const { site, content } = devSite();
    site.update("everything");
    writeFileSync(join(content, "_data/people.yaml"), "someone-else:\n  fa: { name: کسی, role: وزیر }\n  en: { name: Someone, role: Minister }\n");
    const update = site.update(new Set(["_data/people.yaml"]));
    expect(update.kind).toBe("rebuilt");
    expect(reportTitles(site)).toEqual([]);
    expect([...site.brokenReportPages.keys()]).toEqual(["/fa/news/a/", "/en/news/a/", "/en/news/b/"]);
  });

  it("keeps the whole last good site while a data file has an error, with its error listed", () => {
    const { site, content } = devSite();
    site.update("everything");
    const served = site.served;
    writeFileSync(join(content, "_data/topics.yaml"), "ai: [unclosed\n");
    const update = site.update(new Set(["_data/topics.yaml"]));
    expect(update.kind).toBe("failed");
    expect(site.served).toBe(served);
    expect(site.problems.map((problem) => problem.file.replace(/^.*content\//, "content/"))).toEqual(["content/_data/topics.yaml"]);
    writeFileSync(join(content, "_data/topics.yaml"), "ai:\n  fa: { name: هوش مصنوعی }\n  en: { name: Artificial intelligence }\n");
    expect(site.update(new Set(["_data/topics.yaml"])).kind).toBe("rebuilt");
    expect(site.problems).toEqual([]);
  });

  it("serves a report added to the folder, and forgets a removed one", () => {
    const { site, content } = devSite();
    site.update("everything");
    writeFileSync(join(content, "fa/news/2025/b.md"), reportText(["title: ب", ...FIELDS]));
    rmSync(join(content, "en/news/2025/b.md"));
    const update = site.update(new Set(["fa/news/2025/b.md", "en/news/2025/b.md"]));
    expect([update.kind, "changedFiles" in update && update.changedFiles]).toEqual(["rebuilt", 2]);
    expect([site.reportCache.parsed, site.reportCache.reused, site.reportCache.size]).toEqual([1, 2, 3]);
    expect(reportTitles(site)).toEqual(["الف", "ب", "A"]);
  });
});
