/**
 * Reading a content folder from disk as the build does: every file strict UTF-8, report files in any
 * case of `.md`, symbolic links followed inside the content folder only, data files through a link
 * wherever it leads.
 */
import { mkdirSync, mkdtempSync, renameSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseContent } from "../../src/content/parse-content.ts";
import { formatProblem } from "../../src/content/problem.ts";
import { readContentSources, readDataFile, readDataSources } from "../../src/content/read-content.ts";
import { FIXTURE_REGISTRIES, reportText, writeFixtureSite } from "../helpers/fixture-site.ts";

const FIELDS = ['date: "2025-11-18"', "minister: sattar-hashemi"];

/** A fixture site in a folder of its own, so that messages name `content/…` relative to it. */
function site(files: Readonly<Record<string, string>>): { root: string; content: string } {
  const content = writeFixtureSite(files);
  return { root: dirname(content), content };
}

function write(path: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

describe("readContentSources and parseContent on a folder", () => {
  it("refuse by name a report saved as Latin-1, one saved as UTF-16 and a registry saved as UTF-16", () => {
    const { root, content } = site({ "en/news/2025/good.md": reportText(["title: Good", ...FIELDS]) });
    write(join(content, "fa/news/2025/latin.md"), Buffer.from(reportText(["title: Café", ...FIELDS]), "latin1"));
    write(join(content, "en/news/2025/wide.md"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(reportText(["title: Wide", ...FIELDS]), "utf16le")]));
    write(join(content, "_data/venues.yaml"), Buffer.from(FIXTURE_REGISTRIES["venues.yaml"] ?? "", "utf16le"));
    const sources = readContentSources(content, root);
    expect(sources.reports.map((file) => [file.path, file.text, file.unreadable])).toEqual([
      ["content/fa/news/2025/latin.md", "", "is not UTF-8; it looks like a single-byte encoding such as Windows-1256 or Latin-1 — save it as UTF-8"],
      ["content/en/news/2025/good.md", reportText(["title: Good", ...FIELDS]), undefined],
      ["content/en/news/2025/wide.md", "", "is not UTF-8; it looks like UTF-16 — save it as UTF-8"],
    ]);
    expect(parseContent(sources, { includeDrafts: false }).problems.map(formatProblem)).toEqual([
      "content/_data/venues.yaml: file: is not UTF-8; it looks like UTF-16 — save it as UTF-8",
      "content/en/news/2025/wide.md: file: is not UTF-8; it looks like UTF-16 — save it as UTF-8",
      "content/fa/news/2025/latin.md: file: is not UTF-8; it looks like a single-byte encoding such as Windows-1256 or Latin-1 — save it as UTF-8",
    ]);
  });

  it("read a file with a UTF-8 byte-order mark without it", () => {
    const { root, content } = site({ "en/news/2025/a.md": `\uFEFF${reportText(["title: A", ...FIELDS])}` });
    expect(readContentSources(content, root).reports[0]?.text).toBe(reportText(["title: A", ...FIELDS]));
  });

  it("build a report named *.MD and the reports of a linked folder inside the content folder", () => {
    const { root, content } = site({
      "en/news/2025/upper.MD": reportText(["title: Upper", ...FIELDS]),
      "archive/en-2016/old.md": reportText(["title: Old", 'date: "2016-05-17"', "minister: sattar-hashemi"]),
    });
    symlinkSync("../../archive/en-2016", join(content, "en/news/2016"));
    const { content: parsed, problems } = parseContent(readContentSources(content, root), { includeDrafts: false });
    expect(problems).toEqual([]);
    expect(parsed?.reports.map((report) => `${report.file} ${report.slug}`)).toEqual(["content/en/news/2016/old.md old", "content/en/news/2025/upper.MD upper"]);
  });

  it("report a link out of the content folder as an error naming the link, and build nothing from it", () => {
    const { root, content } = site({ "en/news/2025/public.md": reportText(["title: Public", ...FIELDS]) });
    const outside = mkdtempSync(join(tmpdir(), "khabar-outside-"));
    write(join(outside, "secret.md"), reportText(["title: Secret", ...FIELDS]));
    symlinkSync(outside, join(content, "en/news/linked"));
    const { content: parsed, problems, validReports } = parseContent(readContentSources(content, root), { includeDrafts: false });
    expect(parsed).toBe(undefined);
    expect(problems.map(formatProblem)).toEqual([
      `content/en/news/linked: file: is a symbolic link to ${outside} outside the content folder; khabar does not follow it — move the files into the content folder`,
    ]);
    expect(validReports.map((report) => report.slug)).toEqual(["public"]);
  });

  it("read a data file through a symbolic link wherever it leads", () => {
    const { root, content } = site({ "en/news/2025/a.md": reportText(["title: A", ...FIELDS, "venue: tabriz"]) });
    const elsewhere = mkdtempSync(join(tmpdir(), "khabar-data-"));
    write(join(elsewhere, "venues.yaml"), "tabriz:\n  fa: { name: تبریز, country: ایران }\n  en: { name: Tabriz, country: Iran }\n");
    renameSync(join(content, "_data/venues.yaml"), join(content, "_data/venues-before.yaml"));
    symlinkSync(join(elsewhere, "venues.yaml"), join(content, "_data/venues.yaml"));
    const sources = readContentSources(content, root);
    expect(sources.registries.venues?.path).toBe("content/_data/venues.yaml");
    const { content: parsed, problems } = parseContent(sources, { includeDrafts: false });
    expect(problems).toEqual([]);
    expect(parsed?.registries.venues.tabriz?.en.name).toBe("Tabriz");
  });

  it("take a data file whose link leads nowhere as missing", () => {
    const { root, content } = site({});
    renameSync(join(content, "_data/site.yaml"), join(content, "_data/site-before.yaml"));
    symlinkSync("gone.yaml", join(content, "_data/site.yaml"));
    expect(readDataSources(content, root).site).toBe(undefined);
    expect(readDataFile(join(content, "_data/missing.yaml"), "content/_data/missing.yaml")).toBe(undefined);
  });
});
