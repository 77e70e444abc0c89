/**
 * Writing rows of the page table into a folder, one page at a time: each is rendered, written and
 * let go of, so an archive of thousands of reports never holds all its pages in memory at once.
 */
import type nunjucks from "nunjucks";
import { writeFilesBelow } from "../files/write-file.ts";
import type { Page } from "../pages/page-table.ts";
import { renderPage } from "../render/render-page.ts";

/**
 * Renders and writes pages below `siteDir`, each at its `outputPath`.
 * @example writePages(pageTable(model), "/repo/.dist.building-4242", createNunjucksEnvironment())
 */
export function writePages(pages: Iterable<Page>, siteDir: string, environment: nunjucks.Environment): void {
  writeFilesBelow(siteDir, rendered(pages, environment));
}

function* rendered(pages: Iterable<Page>, environment: nunjucks.Environment): Generator<readonly [string, string]> {
  for (const page of pages) yield [page.outputPath, renderPage(page, environment)];
}
