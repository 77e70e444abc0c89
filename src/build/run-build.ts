/**
 * One build of the site: content is read and checked once, on two threads, every page's model is
 * computed once, then both threads write the pages into a staging folder, which replaces the output
 * folder only when everything succeeded. Content errors are collected, never half-rendered.
 */
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import { contentOfCheckedFiles } from "../content/parse-content.ts";
import { hasErrors, type Problem } from "../content/problem.ts";
import { listReportFiles, readDataSources } from "../content/read-content.ts";
import { LANGS, type Lang } from "../i18n/locales.ts";
import { runnableModule } from "../project-files.ts";
import { siteModelFor } from "../site/load-site.ts";
import type { SiteModel } from "../site/site-model.ts";
import { normalisePathPrefix } from "../site/site-urls.ts";
import { withFeedBodies } from "./feed-bodies.ts";
import { providePreparedSite } from "./prepared-site.ts";
import { startSecondThread, type SecondThread } from "./second-thread.ts";
import { writeSearchIndex } from "./write-search-index.ts";
import { environmentForBuildOptions, type BuildOptions } from "./build-options.ts";
import { removeStaleStagingDirs, replaceDirectory, stagingDirFor } from "./replace-directory.ts";

export interface BuildRequest extends BuildOptions {
  readonly outDir: string;
}

export type BuildResult =
  | { readonly ok: true; readonly pages: number }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly error?: Error };

/**
 * Builds the site into `outDir`; the previous output stays untouched unless the build succeeded.
 * The build's second thread runs in `worker` when one was started for it (second-thread-start.ts).
 * @example await runBuild({ contentDir: "content", outDir: "dist", baseUrl: undefined, pathPrefix: "/", includeDrafts: false, keepServingOnErrors: false })
 * // { ok: true, pages: 115 }
 */
export async function runBuild(request: BuildRequest, worker?: Worker): Promise<BuildResult> {
  const thread = startSecondThread(worker);
  try {
    return await buildWith(thread, request);
  } finally {
    await thread.stop();
  }
}

/**
 * The language whose report files the second thread checks, and whose report pages and search
 * index it makes, from the bodies it kept. Persian: its reports are the heavier to check, write and
 * index, and the main thread also makes the model and Eleventy's pages.
 */
const SECOND_THREAD_LANG: Lang = "fa";

/** The environment variable that keeps Eleventy from registering its ES-module resolver. */
const SKIP_ELEVENTY_ESM_RESOLVER = "ELEVENTY_SKIP_ESM_RESOLVER";

async function buildWith(thread: SecondThread, request: BuildRequest): Promise<BuildResult> {
  // Content errors are found before any page is written, so they are reported alone and nothing is written.
  const checked = await checkedModel(thread, request);
  if (checked.model === undefined) return { ok: false, problems: checked.problems };
  const { model } = checked;
  // Eleventy writes every page but the reports and lists, which are streamed (see write-streamed-pages.ts).
  providePreparedSite(request, { ...model, reports: [], lists: [] });

  removeStaleStagingDirs(request.outDir);
  const staging = stagingDirFor(request.outDir);
  Object.assign(process.env, environmentForBuildOptions(request));
  // The second thread starts on its language's report pages and search index; this one writes the
  // other languages' search index and Eleventy's pages, then both share the rest (see second-thread.ts).
  const baseHref = normalisePathPrefix(request.pathPrefix);
  const writing = thread.share(model, staging, { lang: SECOND_THREAD_LANG, baseHref });
  // Eleventy, the largest of the modules, loads only now, between the slices of the search index:
  // the second thread is started without waiting for it, and a build stopped by content errors never loads it.
  // Its ES-module resolver only makes Node import again a file changed while Eleventy watches (see
  // `ELEVENTY_SKIP_ESM_RESOLVER` in its src/Util/EsmResolverPortAdapter.js, 11ty/eleventy#3371). A
  // build never watches, and on Node 20 the resolver costs a thread of its own, which took CPU from
  // both of the build's threads.
  process.env[SKIP_ELEVENTY_ESM_RESOLVER] ??= "1";
  const loadingEleventy = import("@11ty/eleventy");
  // Marked as handled: should the search index fail first, a failed load must not end the process.
  loadingEleventy.catch(() => undefined);
  try {
    const ownLangs = LANGS.filter((lang) => lang !== SECOND_THREAD_LANG);
    await writeSearchIndex(
      model.reports.filter((page) => ownLangs.includes(page.meta.lang)),
      ownLangs,
      baseHref,
      staging,
    );
    const { default: Eleventy } = await loadingEleventy;
    const eleventy = new Eleventy("layouts", staging, { configPath: fileURLToPath(runnableModule(".eleventy.ts")), quietMode: true });
    // Our own summary line replaces Eleventy's; its failures still reach us as the thrown error.
    eleventy.disableLogger();
    await eleventy.write();
    await writing.helpUntilDone();
  } catch (error) {
    // The second thread is stopped first, so nothing is still writing into the folder being removed.
    await thread.stop();
    rmSync(staging, { recursive: true, force: true });
    // Content errors were all found above; what fails here is a template or the disk.
    return { ok: false, problems: [], error: error instanceof Error ? error : new Error(String(error)) };
  }
  replaceDirectory(staging, request.outDir);
  return { ok: true, pages: htmlPageCount(model) };
}

/**
 * The site's model, or every content problem. Only the model leaves this function: the parsed
 * content it was made from is no longer needed, and the build's memory is the lower for it.
 */
async function checkedModel(
  thread: SecondThread,
  request: BuildRequest,
): Promise<{ readonly model: SiteModel; readonly problems?: undefined } | { readonly model?: undefined; readonly problems: readonly Problem[] }> {
  const files = await thread.checkReportFiles(listReportFiles(request.contentDir), SECOND_THREAD_LANG);
  const { content, problems } = contentOfCheckedFiles(readDataSources(request.contentDir), files, request);
  if (content === undefined || hasErrors(problems)) return { problems };
  return { model: siteModelFor(await withFeedBodies(thread, content), request) };
}

/**
 * The HTML pages of a model, every one of which a successful build wrote. Counted from the model:
 * listing thousands of folders on disk took a tenth of a second at the very end of the build.
 */
function htmlPageCount(model: SiteModel): number {
  const bilingualPages = [model.root, model.notFound].length;
  return model.reports.length + model.lists.length + model.homes.length + model.indexes.length + model.searches.length + bilingualPages;
}
