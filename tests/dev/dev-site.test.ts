/**
 * The dev server's site in memory: a save re-reads and re-parses the saved file only, rebuilds the
 * model, and content errors leave the last good model in place.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/content/problem.ts";
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

  it("keeps the last good model while a saved report has an error, with every problem listed", () => {
    const { site, content } = devSite();
    site.update("everything");
    const served = site.served;
    writeFileSync(join(content, "en/news/2025/a.md"), reportText(["title: A", 'date: "2025-11-18"', "minister: nobody"]));
    const update = site.update(new Set(["en/news/2025/a.md"]));
    expect(update.kind).toBe("failed");
    expect(update.kind === "failed" && update.problems.map((problem) => formatProblem(problem).replace(/^.*content\//, "content/"))).toEqual([
      'content/en/news/2025/a.md:4: minister: unknown key "nobody" in people.yaml',
    ]);
    expect(site.served).toBe(served);
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
