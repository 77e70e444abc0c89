/**
 * One build of the site: Eleventy writes into a staging folder, which replaces the output folder
 * only when everything succeeded. Content errors are collected, never half-rendered.
 */
import { readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import Eleventy from "@11ty/eleventy";
import * as pagefind from "pagefind";
import { parseContent } from "../content/parse-content.ts";
import { hasErrors, type Problem } from "../content/problem.ts";
import { readContentSources } from "../content/read-content.ts";
import { siteModelFor } from "../site/load-site.ts";
import { providePreparedSite } from "./prepared-site.ts";
import { writeListPages, writeReportPages } from "./write-streamed-pages.ts";
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
  // Content errors are found before Eleventy starts, so they are reported alone and nothing is written.
  const { content, problems } = parseContent(readContentSources(request.contentDir), request);
  if (content === undefined || hasErrors(problems)) return { ok: false, problems };
  const model = siteModelFor(content, request);
  // Eleventy writes every page but the reports and lists, which are streamed (see write-streamed-pages.ts).
  providePreparedSite(request, { ...model, reports: [], lists: [] });

  removeStaleStagingDirs(request.outDir);
  const staging = stagingDirFor(request.outDir);
  Object.assign(process.env, environmentForBuildOptions(request));
  try {
    const eleventy = new Eleventy("layouts", staging, { configPath: ".eleventy.ts", quietMode: true });
    // Our own summary line replaces Eleventy's; its failures still reach us as the thrown error.
    eleventy.disableLogger();
    await writeReportPages(model.reports, staging);
    // Pagefind indexes the report pages in its own process while the other pages are written.
    // All finish before anything else happens, so a failure never removes a folder still being written.
    const settled = await Promise.allSettled([writeSearchIndex(staging), writeListPages(model.lists, staging), eleventy.write()]);
    for (const result of settled) if (result.status === "rejected") throw result.reason;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Content errors were all found above; what fails here is a template, Pagefind or the disk.
    return { ok: false, problems: [], error: error instanceof Error ? error : new Error(String(error)) };
  }
  const files = filesBelow(staging);
  replaceDirectory(staging, request.outDir);
  return { ok: true, pages: files.filter((file) => file.endsWith(".html")).length, files: files.length };
}

/** Report pages: `/<lang>/news/<slug>/index.html` (list pages sit one level deeper, under `page/N/`). */
const REPORT_PAGES_GLOB = "{fa,en}/news/*/index.html";

/**
 * Pagefind indexes the report pages (marked `data-pagefind-body`), one index per `<html lang>`.
 * Indexing the written folder is faster than sending records one by one: Pagefind reads the files
 * on all cores itself.
 * @example await writeSearchIndex("/repo/.dist.building-4242") // writes …/pagefind/
 */
async function writeSearchIndex(siteDir: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ verbose: false });
    if (index === undefined) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    // Only report pages are indexed (they carry `data-pagefind-body`); reading no other page saves most of the work.
    const added = await index.addDirectory({ path: siteDir, glob: REPORT_PAGES_GLOB });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  } finally {
    // Pagefind runs as a child process; left open, it would keep a failed build from exiting.
    await pagefind.close();
  }
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}
