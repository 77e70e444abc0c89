/**
 * Writing rows of the page table into a folder, one page at a time: each is rendered, written and
 * let go of, so an archive of thousands of reports never holds all its pages in memory at once.
 */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import type nunjucks from "nunjucks";
import { writeFileNamingFailures } from "../files/write-file.ts";
import type { Page } from "../pages/page-table.ts";
import { renderPage } from "../render/render-page.ts";

/**
 * Renders and writes pages below `siteDir`, each at its `outputPath`.
 * Writes with the synchronous calls: a small file costs one system call each way, where the
 * promise-based ones make three trips through libuv's thread pool.
 * @example writePages(pageTable(model), "/repo/.dist.building-4242", createNunjucksEnvironment())
 */
export function writePages(pages: Iterable<Page>, siteDir: string, environment: nunjucks.Environment): void {
  const folders = new Set<string>();
  for (const page of pages) {
    const target = join(siteDir, page.outputPath);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileNamingFailures(target, renderPage(page, environment));
  }
}
