/**
 * The report and list pages written by both threads of a build are byte for byte those the main
 * thread alone writes, and a failure on either thread is reported, not swallowed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startPageWriter } from "../../src/build/page-writer.ts";
import { writeListPages, writeReportPages } from "../../src/build/write-streamed-pages.ts";
import { loadSite } from "../../src/site/load-site.ts";
import type { ListPage, ReportPage } from "../../src/site/site-model.ts";

const { model } = loadSite({ contentDir: "content", baseUrl: undefined, pathPrefix: "/", includeDrafts: false, keepServingOnErrors: false });

/** Enough pages for several batches: the sample's pages again and again, each at its own address. */
function copies<T extends { readonly path: string }>(pages: readonly T[], count: number): T[] {
  return Array.from({ length: count }, (_, index) => {
    const page = pages[index % pages.length] as T;
    return { ...page, path: `${page.path}copy-${index}/` };
  });
}
const REPORTS: ReportPage[] = copies(model.reports, 450);
const LISTS: ListPage[] = copies(model.lists, 150);

async function writtenByBothThreads(reports: readonly ReportPage[], lists: readonly ListPage[], siteDir: string): Promise<void> {
  const writer = startPageWriter();
  try {
    await writer.share({ reports, lists }, siteDir).helpUntilDone();
  } finally {
    await writer.stop();
  }
}

describe("the page writing shared by two threads", () => {
  it("writes every report and list page byte for byte as the main thread alone writes it", async () => {
    const shared = mkdtempSync(join(tmpdir(), "khabar-shared-"));
    const alone = mkdtempSync(join(tmpdir(), "khabar-alone-"));
    await writtenByBothThreads(REPORTS, LISTS, shared);
    writeReportPages(REPORTS, alone);
    writeListPages(LISTS, alone);
    const files = [...REPORTS, ...LISTS].map((page) => join(page.path.slice(1), "index.html"));
    expect(files.filter((file) => !readFileSync(join(shared, file)).equals(readFileSync(join(alone, file))))).toEqual([]);
    const seed = model.reports.findIndex((page) => page.path === "/fa/news/itu-secretary-general-baku/");
    expect(readFileSync(join(shared, `fa/news/itu-secretary-general-baku/copy-${seed}/index.html`), "utf8")).toContain("همکاری‌های");
  });

  it("rejects with the error when the pages cannot be written", async () => {
    const notAFolder = join(mkdtempSync(join(tmpdir(), "khabar-shared-")), "file");
    writeFileSync(notAFolder, "");
    await expect(writtenByBothThreads(REPORTS, LISTS, notAFolder)).rejects.toThrow(/ENOTDIR/);
  });

  it("settles at once when there is no page to write", async () => {
    await expect(writtenByBothThreads([], [], tmpdir())).resolves.toBeUndefined();
  });
});
