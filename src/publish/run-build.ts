/**
 * `npm run build`'s fast writer: content is read and checked once, on two threads, every page's
 * model is computed once, and both threads write the page table into a staging folder, which
 * replaces the output folder only when everything succeeded. Content errors are collected, never
 * half-rendered. (`--engine eleventy` has Eleventy write the same table: src/eleventy/eleventy-build.ts.)
 */
import type { Worker } from "node:worker_threads";
import { writeSiteAssets } from "../assets/site-assets.ts";
import { contentOfCheckedFiles } from "../content/parse-content.ts";
import { hasErrors, type Problem } from "../content/problem.ts";
import { listReportFiles, readDataSources } from "../content/read-content.ts";
import { LANGS, type Lang } from "../i18n/locales.ts";
import { defaultImageCacheDir } from "../image-processing/image-cache.ts";
import { readInspectedPhotos, writeInspectedPhotos } from "../image-processing/inspected-photos-file.ts";
import { copyPhotos, preparePhotos } from "../image-processing/photos-for-site.ts";
import { type BuildRequest, type BuildResult, outputFolderOptions, publishedSiteOptions, writingOutcome } from "../output-folder/build-request.ts";
import { writeThenReplace } from "../output-folder/write-then-replace.ts";
import { pageTable, type Page } from "../pages/page-table.ts";
import { writeSearchIndex } from "../search/write-search-index.ts";
import { siteModelFor } from "../site/load-site.ts";
import { SiteAddressConflict } from "../site/site-address.ts";
import type { SiteModel } from "../site/site-model.ts";
import { withFeedBodies } from "./feed-bodies.ts";
import { startSecondThread, type SecondThread } from "./second-thread.ts";

/**
 * Builds the site into `outDir`; the previous output stays untouched unless the build succeeded.
 * The fast writer's second thread runs in `worker` when one was started for it (second-thread-start.ts).
 * @example await runBuild({ contentDir: "content", outDir: "dist", baseUrl: undefined, pathPrefix: "/" })
 * // { ok: true, pages: 119 }
 */
export async function runBuild(request: BuildRequest, worker?: Worker): Promise<BuildResult> {
  const thread = startSecondThread(worker);
  try {
    return await buildWith(thread, request);
  } catch (error) {
    if (error instanceof SiteAddressConflict) return { ok: false, problems: [], error };
    throw error;
  } finally {
    await thread.stop();
  }
}

/**
 * The language whose report files the second thread checks, and whose report pages and search
 * index it makes, from the bodies it kept. Persian: its reports are the heavier to check, write and
 * index, and the main thread also makes the model.
 */
const SECOND_THREAD_LANG: Lang = "fa";

async function buildWith(thread: SecondThread, request: BuildRequest): Promise<BuildResult> {
  // Content errors are found before any page is written, so they are reported alone and nothing is written.
  const imageCacheDir = request.imageCacheDir ?? defaultImageCacheDir();
  const checked = await checkedModel(thread, request, imageCacheDir);
  if (checked.model === undefined) return { ok: false, problems: checked.problems };
  const { media, baseHref } = checked.model;
  const photoProblems = await preparePhotos(media, imageCacheDir);
  if (photoProblems.length > 0) return { ok: false, problems: photoProblems };
  const pages = pageTable(checked.model);

  const writing = writeThenReplace(
    request.outDir,
    (staging) => writeTable(thread, pages, staging, baseHref, () => copyPhotos(media, imageCacheDir, staging)),
    outputFolderOptions(request),
  );
  return writingOutcome(writing, pages.length);
}

/**
 * Writes the page table, the search index, the assets and the photos below `staging`. The second
 * thread starts on its language's report pages and search index; this one writes the other
 * languages' search index, the assets and the photos, then both share the rest of the table (see second-thread.ts).
 */
async function writeTable(thread: SecondThread, pages: readonly Page[], staging: string, baseHref: string, copyPhotosHere: () => void): Promise<void> {
  const writing = thread.share(pages, staging, { lang: SECOND_THREAD_LANG, baseHref });
  try {
    const ownLangs = LANGS.filter((lang) => lang !== SECOND_THREAD_LANG);
    const ownReports = pages.flatMap((page) => (page.kind === "report" && ownLangs.includes(page.data.model.meta.lang) ? [page.data.model] : []));
    await writeSearchIndex(ownReports, ownLangs, baseHref, staging);
    await writeSiteAssets(staging);
    copyPhotosHere();
    await writing.helpUntilDone();
  } catch (error) {
    // The second thread is stopped first, so nothing is still writing into the folder being removed.
    await thread.stop();
    throw error;
  }
}

/**
 * The site's model, or every content problem. Only the model leaves this function: the parsed
 * content it was made from is no longer needed, and the build's memory is the lower for it.
 */
async function checkedModel(
  thread: SecondThread,
  request: BuildRequest,
  imageCacheDir: string,
): Promise<{ readonly model: SiteModel; readonly problems?: undefined } | { readonly model?: undefined; readonly problems: readonly Problem[] }> {
  const options = publishedSiteOptions(request);
  const files = await thread.checkReportFiles(listReportFiles(request.contentDir), SECOND_THREAD_LANG);
  const photos = readInspectedPhotos(imageCacheDir);
  const { content, problems } = contentOfCheckedFiles(readDataSources(request.contentDir, process.cwd(), photos), files, options);
  writeInspectedPhotos(imageCacheDir, photos);
  if (content === undefined || hasErrors(problems)) return { problems };
  return { model: siteModelFor(await withFeedBodies(thread, content), options) };
}
