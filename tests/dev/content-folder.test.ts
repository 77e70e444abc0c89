/**
 * The content folder in memory: read whole once, then file by file, always the same sources that
 * `readContentSources` reads from disk.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContentSources } from "../../src/content/read-content.ts";
import { ContentFolder } from "../../src/dev/content-folder.ts";
import { FIXTURE_REGISTRIES, reportText, writeFixtureSite } from "../helpers/fixture-site.ts";

const FIELDS = ['date: "2025-11-18"', "minister: sattar-hashemi"];

function fixture(): string {
  return writeFixtureSite({
    "fa/news/2025/b.md": reportText(["title: ب", ...FIELDS]),
    "fa/news/2024/a.md": reportText(["title: الف", ...FIELDS]),
    "en/news/2025/a.md": reportText(["title: A", ...FIELDS]),
  });
}

describe("ContentFolder", () => {
  it("reads the same sources as readContentSources on its first refresh, counting every file as changed", () => {
    const content = fixture();
    const folder = new ContentFolder(content);
    expect(folder.refresh("everything").changedFiles).toBe(8);
    expect(folder.sources).toEqual(readContentSources(content));
  });

  it("reads a named file again and keeps every other report as the very same object", () => {
    const content = fixture();
    const folder = new ContentFolder(content);
    folder.refresh("everything");
    const before = folder.sources.reports;
    writeFileSync(join(content, "en/news/2025/a.md"), reportText(["title: A, edited", ...FIELDS]));
    const { sources, changedFiles } = folder.refresh(new Set(["en/news/2025/a.md"]));
    expect(changedFiles).toBe(1);
    expect(sources).toEqual(readContentSources(content));
    expect(sources.reports.map((file, index) => file === before[index])).toEqual([true, true, false]);
  });

  it("counts nothing changed when a named file was saved with the same text", () => {
    const content = fixture();
    const folder = new ContentFolder(content);
    folder.refresh("everything");
    writeFileSync(join(content, "en/news/2025/a.md"), reportText(["title: A", ...FIELDS]));
    expect(folder.refresh(new Set(["en/news/2025/a.md"])).changedFiles).toBe(0);
  });

  it("finds added and removed reports and a moved folder without being told their names", () => {
    const content = fixture();
    const folder = new ContentFolder(content);
    folder.refresh("everything");
    writeFileSync(join(content, "en/news/2025/c.md"), reportText(["title: C", ...FIELDS]));
    rmSync(join(content, "fa/news/2025/b.md"));
    mkdirSync(join(content, "fa/news/old"));
    renameSync(join(content, "fa/news/2024"), join(content, "fa/news/old/2024"));
    const { sources, changedFiles } = folder.refresh(new Set());
    // c.md added, b.md removed, a.md gone from 2024/ and found in old/2024/.
    expect(changedFiles).toBe(4);
    expect(sources).toEqual(readContentSources(content));
    expect(sources.reports.map((file) => file.path.slice(file.path.indexOf("content/")))).toEqual([
      "content/fa/news/old/2024/a.md",
      "content/en/news/2025/a.md",
      "content/en/news/2025/c.md",
    ]);
  });

  it("reads a changed registry without being told its name, and skips dot files", () => {
    const content = fixture();
    const folder = new ContentFolder(content);
    folder.refresh("everything");
    writeFileSync(join(content, "_data/topics.yaml"), `${FIXTURE_REGISTRIES["topics.yaml"]}space:\n  fa: { name: فضا }\n  en: { name: Space }\n`);
    writeFileSync(join(content, "en/news/2025/.a.md.swp"), "not a report");
    const { sources, changedFiles } = folder.refresh(new Set(["en/news/2025/.a.md.swp"]));
    expect(changedFiles).toBe(1);
    expect(sources).toEqual(readContentSources(content));
  });
});
