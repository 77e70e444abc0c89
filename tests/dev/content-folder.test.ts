/**
 * The content folder in memory: read whole once, then file by file, always the same sources that
 * `readContentSources` reads from disk.
 */
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ContentSources } from "../../src/content/parse-content.ts";
import { readContentSources } from "../../src/content/read-content.ts";
import { ContentFolder } from "../../src/dev/content-folder.ts";
import { FIXTURE_REGISTRIES, reportText, writeFixtureSite } from "../helpers/fixture-site.ts";

const FIELDS = ['date: "2025-11-18"', "minister: sattar-hashemi"];

/** The files of the sources: the photo folder, which reads photos only when asked, is an object of its own each time. */
function filesOf(sources: ContentSources): ContentSources {
  return { ...sources, media: undefined };
}

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
    expect(filesOf(folder.sources)).toEqual(filesOf(readContentSources(content)));
  });

  it("reads a named file again and keeps every other report as the very same object", () => {
    const content = fixture();
    const folder = new ContentFolder(content);
    folder.refresh("everything");
    const before = folder.sources.reports;
    writeFileSync(join(content, "en/news/2025/a.md"), reportText(["title: A, edited", ...FIELDS]));
    const { sources, changedFiles } = folder.refresh(new Set(["en/news/2025/a.md"]));
    expect(changedFiles).toBe(1);
    expect(filesOf(sources)).toEqual(filesOf(readContentSources(content)));
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
    expect(filesOf(sources)).toEqual(filesOf(readContentSources(content)));
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
    expect(filesOf(sources)).toEqual(filesOf(readContentSources(content)));
  });

  it("reads a report saved again as Latin-1 as unreadable, counting it changed, and as readable again once saved as UTF-8", () => {
    const content = fixture();
    const folder = new ContentFolder(content);
    folder.refresh("everything");
    const utf8 = reportText(["title: Café", ...FIELDS]);
    writeFileSync(join(content, "en/news/2025/a.md"), Buffer.from(utf8, "latin1"));
    const latin1 = folder.refresh(new Set(["en/news/2025/a.md"]));
    expect(latin1.changedFiles).toBe(1);
    expect(filesOf(latin1.sources)).toEqual(filesOf(readContentSources(content)));
    expect(latin1.sources.reports.map((file) => file.unreadable)).toEqual([
      undefined,
      undefined,
      "is not UTF-8; it looks like a single-byte encoding such as Windows-1256 or Latin-1 — save it as UTF-8",
    ]);
    writeFileSync(join(content, "en/news/2025/a.md"), utf8);
    const again = folder.refresh(new Set(["en/news/2025/a.md"]));
    expect(again.changedFiles).toBe(1);
    expect(again.sources.reports[2]).toEqual({ path: expect.stringMatching(/content\/en\/news\/2025\/a\.md$/), text: utf8, lang: "en" });
  });

  it("reads a registry saved as UTF-16 as unreadable without being told its name", () => {
    const content = fixture();
    const folder = new ContentFolder(content);
    folder.refresh("everything");
    writeFileSync(join(content, "_data/topics.yaml"), Buffer.from(FIXTURE_REGISTRIES["topics.yaml"] ?? "", "utf16le"));
    const { sources, changedFiles } = folder.refresh(new Set());
    expect(changedFiles).toBe(1);
    expect(filesOf(sources)).toEqual(filesOf(readContentSources(content)));
    expect(sources.registries.topics?.unreadable).toBe("is not UTF-8; it looks like UTF-16 — save it as UTF-8");
  });

  it("lists a report file named *.MD and a folder linked from inside the content folder, as the build does", () => {
    const content = fixture();
    const folder = new ContentFolder(content);
    folder.refresh("everything");
    writeFileSync(join(content, "en/news/2025/upper.MD"), reportText(["title: Upper", ...FIELDS]));
    mkdirSync(join(content, "archive"));
    writeFileSync(join(content, "archive/old.md"), reportText(["title: Old", ...FIELDS]));
    symlinkSync("../../archive", join(content, "en/news/archive"));
    const { sources, changedFiles } = folder.refresh(new Set());
    expect(changedFiles).toBe(2);
    expect(filesOf(sources)).toEqual(filesOf(readContentSources(content)));
    expect(sources.reports.map((file) => file.path.slice(file.path.indexOf("content/")))).toEqual([
      "content/fa/news/2024/a.md",
      "content/fa/news/2025/b.md",
      "content/en/news/2025/a.md",
      "content/en/news/2025/upper.MD",
      "content/en/news/archive/old.md",
    ]);
  });

  it("reads a report reached through a link again when its change is named by its real path", () => {
    const content = fixture();
    mkdirSync(join(content, "archive"));
    writeFileSync(join(content, "archive/old.md"), reportText(["title: Old", ...FIELDS]));
    symlinkSync("../../archive", join(content, "en/news/archive"));
    const folder = new ContentFolder(content);
    folder.refresh("everything");
    writeFileSync(join(content, "archive/old.md"), reportText(["title: Old, edited", ...FIELDS]));
    const { sources, changedFiles } = folder.refresh(new Set(["archive/old.md"]));
    expect(changedFiles).toBe(1);
    expect(filesOf(sources)).toEqual(filesOf(readContentSources(content)));
    expect(sources.reports.at(-1)?.text).toBe(reportText(["title: Old, edited", ...FIELDS]));
  });
});
