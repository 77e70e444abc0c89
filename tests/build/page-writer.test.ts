/**
 * The build's second thread writes report pages exactly as the main thread does, in batches, and
 * reports a failure instead of swallowing it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startPageWriter } from "../../src/build/page-writer.ts";
import { writeReportPages } from "../../src/build/write-streamed-pages.ts";
import { loadSite } from "../../src/site/load-site.ts";
import type { ReportPage } from "../../src/site/site-model.ts";

const { model } = loadSite({ contentDir: "content", baseUrl: undefined, pathPrefix: "/", includeDrafts: false, keepServingOnErrors: false });

/** 250 pages (three batches): the sample's reports again and again, each at its own address. */
const PAGES: ReportPage[] = Array.from({ length: 250 }, (_, index) => {
  const page = model.reports[index % model.reports.length] as ReportPage;
  return { ...page, path: `${page.path}copy-${index}/` };
});

const writer = startPageWriter();
afterAll(() => writer.stop());

describe("the page-writing thread", () => {
  it("writes every page byte for byte as the main thread writes it, Persian bodies included", async () => {
    const fromThread = mkdtempSync(join(tmpdir(), "khabar-thread-"));
    const fromMain = mkdtempSync(join(tmpdir(), "khabar-main-"));
    await writer.writeReportPages(PAGES, fromThread);
    writeReportPages(PAGES, fromMain);
    const differing = PAGES.map((page) => join(page.path.slice(1), "index.html")).filter(
      (file) => !readFileSync(join(fromThread, file)).equals(readFileSync(join(fromMain, file))),
    );
    expect(differing).toEqual([]);
    const seed = model.reports.findIndex((page) => page.path === "/fa/news/itu-secretary-general-baku/");
    expect(readFileSync(join(fromThread, `fa/news/itu-secretary-general-baku/copy-${seed}/index.html`), "utf8")).toContain("همکاری‌های");
  });

  it("rejects with the thread's error when a page cannot be written", async () => {
    const notAFolder = join(mkdtempSync(join(tmpdir(), "khabar-thread-")), "file");
    writeFileSync(notAFolder, "");
    await expect(writer.writeReportPages(PAGES.slice(0, 3), notAFolder)).rejects.toThrow(/ENOTDIR/);
  });

  it("settles at once when it has no page to write", async () => {
    await expect(writer.writeReportPages([], tmpdir())).resolves.toBeUndefined();
  });
});
