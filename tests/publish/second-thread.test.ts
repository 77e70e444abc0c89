/**
 * What the build's two threads do together is what the main thread alone does: the same checked
 * report files, the same pages byte for byte, the same search index; and a failure on either
 * thread is reported, not swallowed.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HELD_BY_SECOND_THREAD } from "../../src/publish/second-thread-protocol.ts";
import { writePages } from "../../src/publish/write-pages.ts";
import { writeSearchIndex } from "../../src/search/write-search-index.ts";
import { outputPathOf, pageTable, type Page } from "../../src/pages/page-table.ts";
import { createNunjucksEnvironment } from "../../src/render/nunjucks-environment.ts";
import { checkReportFile, type CheckedSourceFile } from "../../src/content/parse-content.ts";
import { listReportFiles, readReportFile, type ListedReportFile } from "../../src/content/read-content.ts";
import { loadSite } from "../../src/site/load-site.ts";
import type { ReportPage } from "../../src/site/site-model.ts";
import { reportPath } from "../../src/site/site-urls.ts";
import { reportText, writeFixtureSite } from "../helpers/fixture-site.ts";
import { withReadyThread } from "../helpers/ready-thread.ts";

const { model } = loadSite({ contentDir: "content", baseUrl: undefined, pathPrefix: "/", includeDrafts: false });

const TABLE = pageTable(model);

/** Enough pages for several batches: the sample's pages again and again, each at its own address. */
function copies(pages: readonly Page[], count: number): Page[] {
  return Array.from({ length: count }, (_, index) => {
    const page = pages[index % pages.length] as Page;
    const url = page.url.endsWith("/") ? `${page.url}copy-${index}/` : `/copy-${index}${page.url}`;
    return { ...page, url, outputPath: outputPathOf(url), data: { model: { ...page.data.model, path: url } } } as Page;
  });
}
const REPORTS: Page[] = copies(TABLE.filter((page) => page.kind === "report"), 250);
const OTHERS: Page[] = copies(TABLE.filter((page) => page.kind !== "report"), 120);

/** The report models of pages, as the search index takes them. */
function reportModels(pages: readonly Page[]): ReportPage[] {
  return pages.flatMap((page) => (page.kind === "report" ? [page.data.model] : []));
}

const SEARCH_INDEX = { lang: "en", baseHref: "/" } as const;

async function writtenByBothThreads(pages: readonly Page[], siteDir: string): Promise<void> {
  await withReadyThread((thread) => thread.share(pages, siteDir, SEARCH_INDEX).helpUntilDone());
}

/** The files checked on both threads, the Persian reports' bodies kept on the second thread, and the bodies given back. */
async function checkedByBothThreads(files: readonly ListedReportFile[]): Promise<{ checked: CheckedSourceFile[]; givenBack: CheckedSourceFile[] }> {
  return withReadyThread(async (thread) => {
    const checked = await thread.checkReportFiles(files, "fa");
    const kept = checked.flatMap(({ checked: { report } }) => (report !== undefined && typeof report.body !== "string" ? [reportPath(report.lang, report.slug)] : []));
    const bodies = new Map(kept.map((path, at) => [path, at]));
    const given = await thread.keptBodies(kept);
    const givenBack = checked.map((file) => {
      const report = file.checked.report;
      const at = report === undefined ? undefined : bodies.get(reportPath(report.lang, report.slug));
      if (report === undefined || at === undefined) return file;
      return { ...file, checked: { ...file.checked, report: { ...report, body: given[at] ?? "" } } };
    });
    return { checked, givenBack };
  });
}

/** A checked file as plain values: its date as Tehran text. */
function comparable({ path, lang, checked }: CheckedSourceFile) {
  const { report, ...findings } = checked;
  if (report === undefined) return { path, lang, ...findings };
  const { date, ...fields } = report;
  return { path, lang, ...findings, report: { ...fields, date: date.instant.toISO(), zone: date.instant.zoneName, hasTime: date.hasTime } };
}

/** Every file below a folder, by path, with its bytes. */
function filesBelow(dir: string): Map<string, Buffer> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(entries.map((entry) => [join(entry.parentPath, entry.name).slice(dir.length + 1), readFileSync(join(entry.parentPath, entry.name))]));
}

describe("the checking shared by two threads", () => {
  const broken = writeFixtureSite({
    "fa/news/2025/no-minister.md": reportText(["title: بی‌وزیر", 'date: "2025-11-18"']),
    "en/news/2025/good.md": reportText(["title: Good", 'date: "2025-11-18T10:30"', "minister: sattar-hashemi"]),
  });
  // Enough files for several batches on each thread (a batch is 100 files; the second thread must keep
  // at least one batch of Persian ones): the sample's and the broken ones, again and again.
  const COPIES = 14;
  const FILES = Array.from({ length: COPIES }, () => [...listReportFiles("content"), ...listReportFiles(broken)]).flat();

  it("finds in every file, in order, what one thread finds, description included", async () => {
    const { givenBack: both } = await checkedByBothThreads(FILES);
    const alone = FILES.map((file) => ({ path: file.path, lang: file.lang, checked: checkReportFile(readReportFile(file)) }));
    expect(both.map(comparable)).toEqual(alone.map(comparable));
    expect(both.filter((file) => file.checked.problems.length > 0)).toHaveLength(COPIES);
    const good = both.find((file) => file.path.endsWith("en/news/2025/good.md"));
    expect(good?.checked.report?.date.instant.toISO()).toBe("2025-11-18T10:30:00.000+03:30");
    expect(good?.checked.report?.date.instant.zoneName).toBe("Asia/Tehran");
  });

  it("keeps the bodies of Persian reports only, on the thread that checked them, and gives them back", async () => {
    const { checked, givenBack } = await checkedByBothThreads(FILES);
    const keptFiles = checked.filter((file) => file.checked.report !== undefined && typeof file.checked.report.body !== "string");
    // The thread was ready, so it took the first batch of Persian files at once.
    expect(keptFiles.length).toBeGreaterThanOrEqual(100);
    expect(new Set(keptFiles.map((file) => file.lang))).toEqual(new Set(["fa"]));
    const seed = givenBack.find((file) => file.path === "content/fa/news/2025/itu-secretary-general-baku.md");
    expect(seed?.checked.report?.body).toContain("همکاری‌های");
  });

  it("rejects with the error when a file cannot be read", async () => {
    const missing = { absolutePath: join(broken, "fa/news/2025/gone.md"), path: "content/fa/news/2025/gone.md", lang: "fa" } as const;
    await expect(checkedByBothThreads([missing, ...FILES, missing])).rejects.toThrow(/ENOENT/);
  });
});

describe("the page writing shared by two threads", () => {
  it("writes every page of the table byte for byte as the main thread alone writes it", async () => {
    const shared = mkdtempSync(join(tmpdir(), "khabar-shared-"));
    const alone = mkdtempSync(join(tmpdir(), "khabar-alone-"));
    await writtenByBothThreads([...REPORTS, ...OTHERS], shared);
    writePages([...REPORTS, ...OTHERS], alone, createNunjucksEnvironment());
    const files = [...REPORTS, ...OTHERS].map((page) => page.outputPath);
    expect(files.filter((file) => !readFileSync(join(shared, file)).equals(readFileSync(join(alone, file))))).toEqual([]);
    const seed = model.reports.findIndex((page) => page.path === "/fa/news/itu-secretary-general-baku/");
    expect(readFileSync(join(shared, `fa/news/itu-secretary-general-baku/copy-${seed}/index.html`), "utf8")).toContain("همکاری‌های");
  });

  it("writes the English search index on the second thread as one thread writes it, and no Persian one", async () => {
    const shared = mkdtempSync(join(tmpdir(), "khabar-shared-"));
    const alone = mkdtempSync(join(tmpdir(), "khabar-alone-"));
    await writtenByBothThreads(REPORTS, shared);
    await writeSearchIndex(reportModels(REPORTS), ["en"], "/", alone);
    expect(filesBelow(join(shared, "search-index"))).toEqual(filesBelow(join(alone, "search-index")));
    expect(readdirSync(join(shared, "search-index"))).toEqual(["en"]);
    expect(JSON.parse(readFileSync(join(shared, "search-index/en/index.json"), "utf8")).documents).toBe(reportModels(REPORTS).filter((page) => page.meta.lang === "en").length);
  });

  it("puts back the bodies it kept into the Persian pages it writes, and indexes them", async () => {
    const shared = mkdtempSync(join(tmpdir(), "khabar-shared-"));
    const alone = mkdtempSync(join(tmpdir(), "khabar-alone-"));
    const persian = TABLE.filter((page): page is Page<"report"> => page.kind === "report" && page.data.model.meta.lang === "fa");
    await withReadyThread(async (thread) => {
      const checked = await thread.checkReportFiles(listReportFiles("content"), "fa");
      const kept = new Set(checked.flatMap(({ checked: { report } }) => (report !== undefined && typeof report.body !== "string" ? [reportPath(report.lang, report.slug)] : [])));
      expect(kept.size).toBe(persian.length);
      const sent = persian.map((page) => (kept.has(page.url) ? { ...page, data: { model: { ...page.data.model, bodyMarkdown: HELD_BY_SECOND_THREAD } } } : page));
      await thread.share(sent, shared, { lang: "fa", baseHref: "/" }).helpUntilDone();
    });
    writePages(persian, alone, createNunjucksEnvironment());
    await writeSearchIndex(reportModels(persian), ["fa"], "/", alone);
    expect(filesBelow(shared)).toEqual(filesBelow(alone));
  });

  it("refuses to write on the main thread a page whose body the second thread kept", () => {
    const page = TABLE.find((row): row is Page<"report"> => row.kind === "report") as Page<"report">;
    const held = { ...page, data: { model: { ...page.data.model, bodyMarkdown: HELD_BY_SECOND_THREAD } } };
    expect(() => writePages([held], mkdtempSync(join(tmpdir(), "khabar-alone-")), createNunjucksEnvironment())).toThrow(
      "a report page: the report's body is on the build's second thread, which writes its page",
    );
  });

  it("rejects with the error when the pages cannot be written", async () => {
    const notAFolder = join(mkdtempSync(join(tmpdir(), "khabar-shared-")), "file");
    writeFileSync(notAFolder, "");
    await expect(writtenByBothThreads([...REPORTS, ...OTHERS], notAFolder)).rejects.toThrow(/ENOTDIR/);
  });

  it("writes only the empty English search index when there is no page to write", async () => {
    const empty = mkdtempSync(join(tmpdir(), "khabar-shared-"));
    await writtenByBothThreads([], empty);
    expect(readFileSync(join(empty, "search-index/en/index.json"), "utf8")).toBe('{"documents":0,"shards":[]}');
  });
});
