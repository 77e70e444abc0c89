/**
 * One build of the site: content is read and checked once, every page's model is computed once,
 * then two threads write the pages into a staging folder, which replaces the output folder only
 * when everything succeeded. Content errors are collected, never half-rendered.
 */
import { readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import Eleventy from "@11ty/eleventy";
import { parseContent } from "../content/parse-content.ts";
import { hasErrors, type Problem } from "../content/problem.ts";
import { readContentSources } from "../content/read-content.ts";
import { siteModelFor } from "../site/load-site.ts";
import type { SiteModel } from "../site/site-model.ts";
import { normalisePathPrefix } from "../site/site-urls.ts";
import { providePreparedSite } from "./prepared-site.ts";
import { startPageWriter, type PageWriter } from "./page-writer.ts";
import { writeSearchIndex } from "./write-search-index.ts";
import { environmentForBuildOptions, type BuildOptions } from "./build-options.ts";
import { removeStaleStagingDirs, replaceDirectory, stagingDirFor } from "./replace-directory.ts";

export interface BuildRequest extends BuildOptions {
  readonly outDir: string;
}

export type BuildResult =
  | { readonly ok: true; readonly pages: number; readonly files: number }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly error?: Error };

/**
 * Builds the site into `outDir`; the previous output stays untouched unless the build succeeded.
 * @example await runBuild({ contentDir: "content", outDir: "dist", baseUrl: undefined, pathPrefix: "/", includeDrafts: false, keepServingOnErrors: false })
 * // { ok: true, pages: 115, files: 156 }
 */
export async function runBuild(request: BuildRequest): Promise<BuildResult> {
  const writer = startPageWriter();
  try {
    return await buildWith(writer, request);
  } finally {
    await writer.stop();
  }
}

async function buildWith(writer: PageWriter, request: BuildRequest): Promise<BuildResult> {
  // Content errors are found before any page is written, so they are reported alone and nothing is written.
  const checked = checkedModel(request);
  if (checked.model === undefined) return { ok: false, problems: checked.problems };
  const { model } = checked;
  // Eleventy writes every page but the reports and lists, which are streamed (see write-streamed-pages.ts).
  providePreparedSite(request, { ...model, reports: [], lists: [] });

  removeStaleStagingDirs(request.outDir);
  const staging = stagingDirFor(request.outDir);
  Object.assign(process.env, environmentForBuildOptions(request));
  // The second thread starts on the report and list pages; this one writes the search index and
  // Eleventy's pages, then joins in (see page-writer.ts).
  const writing = writer.share(model, staging);
  try {
    await writeSearchIndex(model.reports, normalisePathPrefix(request.pathPrefix), staging);
    const eleventy = new Eleventy("layouts", staging, { configPath: ".eleventy.ts", quietMode: true });
    // Our own summary line replaces Eleventy's; its failures still reach us as the thrown error.
    eleventy.disableLogger();
    await eleventy.write();
    await writing.helpUntilDone();
  } catch (error) {
    // The second thread is stopped first, so nothing is still writing into the folder being removed.
    await writer.stop();
    rmSync(staging, { recursive: true, force: true });
    // Content errors were all found above; what fails here is a template or the disk.
    return { ok: false, problems: [], error: error instanceof Error ? error : new Error(String(error)) };
  }
  const files = filesBelow(staging);
  replaceDirectory(staging, request.outDir);
  return { ok: true, pages: files.filter((file) => file.endsWith(".html")).length, files: files.length };
}

/**
 * The site's model, or every content problem. Only the model leaves this function: the parsed
 * content it was made from is no longer needed, and the build's memory is the lower for it.
 */
function checkedModel(request: BuildRequest): { readonly model: SiteModel; readonly problems?: undefined } | { readonly model?: undefined; readonly problems: readonly Problem[] } {
  const { content, problems } = parseContent(readContentSources(request.contentDir), request);
  if (content === undefined || hasErrors(problems)) return { problems };
  return { model: siteModelFor(content, request) };
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}
