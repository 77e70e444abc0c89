/**
 * Writing the search index (src/search/search-index.ts) into a build's folder.
 */
import { writeFilesBelow } from "../files/write-file.ts";
import type { Lang } from "../i18n/locales.ts";
import type { ReportPage } from "../site/site-model.ts";
import { inSlices } from "./in-slices.ts";
import { fileOf, SiteSearchIndex } from "./search-index.ts";

/**
 * Writes the index of the report pages of `langs` below `siteDir`; `baseHref` is the site's root under the path prefix.
 * @example await writeSearchIndex(model.reports, ["fa"], "/", "/repo/.dist.building-4242") // writes …/search-index/fa/
 */
export async function writeSearchIndex(reports: readonly ReportPage[], langs: readonly Lang[], baseHref: string, siteDir: string): Promise<void> {
  const index = new SiteSearchIndex(baseHref, langs);
  await inSlices(reports, 100, (slice) => {
    writeFilesBelow(siteDir, slice.flatMap((page) => fileOf(index.add(page))));
  });
  writeSearchIndexFiles(index, siteDir);
}

/**
 * Writes the files of a filled index below `siteDir`, besides the reports' own, which were written as they were added.
 * @example writeSearchIndexFiles(index, "/repo/.dist.building-4242") // writes …/search-index/{fa,en}/
 */
export function writeSearchIndexFiles(index: SiteSearchIndex, siteDir: string): void {
  writeFilesBelow(siteDir, index.files());
}
