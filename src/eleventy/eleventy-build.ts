/**
 * `npm run build -- --engine eleventy`: Eleventy itself writes every page of the page table
 * (khabar-plugin.ts), with the site's own `.eleventy.ts` loaded after khabar's plugin, into a staging
 * folder that replaces the output folder when everything succeeded. Without plugins or transforms of
 * the site's own, the bytes are the fast writer's (src/publish/run-build.ts).
 */
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { writeSiteAssets } from "../assets/site-assets.ts";
import { parseContent } from "../content/parse-content.ts";
import { hasErrors } from "../content/problem.ts";
import { readContentSources } from "../content/read-content.ts";
import { LANGS } from "../i18n/locales.ts";
import { defaultImageCacheDir } from "../image-processing/image-cache.ts";
import { readInspectedPhotos, writeInspectedPhotos } from "../image-processing/inspected-photos-file.ts";
import { copyPhotos, preparePhotos } from "../image-processing/photos-for-site.ts";
import { type BuildRequest, type BuildResult, outputFolderOptions, publishedSiteOptions, writingOutcome } from "../output-folder/build-request.ts";
import { writeThenReplace } from "../output-folder/write-then-replace.ts";
import { pageTable } from "../pages/page-table.ts";
import { projectFile, runnableModule } from "../project-files.ts";
import { createNunjucksEnvironment } from "../render/nunjucks-environment.ts";
import { writeSearchIndex } from "../search/write-search-index.ts";
import { siteModelFor } from "../site/load-site.ts";
import { SiteAddressConflict } from "../site/site-address.ts";
import { khabarPlugin } from "./khabar-plugin.ts";

/**
 * Eleventy's input folder. Every page comes from a virtual template, so Eleventy is told to ignore
 * every file in it: the layouts are found by the Nunjucks environment.
 */
const ELEVENTY_INPUT = projectFile("layouts");

/**
 * Builds the site with Eleventy writing the pages; `configPath` is the site's own Eleventy configuration.
 * @example await buildWithEleventy({ contentDir: "content", outDir: "dist", baseUrl: undefined, pathPrefix: "/" }) // { ok: true, pages: 119 }
 */
export async function buildWithEleventy(request: BuildRequest, configPath: string = fileURLToPath(runnableModule(".eleventy.ts"))): Promise<BuildResult> {
  const options = publishedSiteOptions(request);
  const imageCacheDir = request.imageCacheDir ?? defaultImageCacheDir();
  const photos = readInspectedPhotos(imageCacheDir);
  const { content, problems } = parseContent(readContentSources(request.contentDir, process.cwd(), photos), options);
  writeInspectedPhotos(imageCacheDir, photos);
  if (content === undefined || hasErrors(problems)) return { ok: false, problems };
  let model;
  try {
    model = siteModelFor(content, options);
  } catch (error) {
    if (error instanceof SiteAddressConflict) return { ok: false, problems: [], error };
    throw error;
  }
  const photoProblems = await preparePhotos(model.media, imageCacheDir);
  if (photoProblems.length > 0) return { ok: false, problems: photoProblems };
  const pages = pageTable(model);
  const pathPrefix = model.baseHref;
  const media = model.media;
  const writeSiteFiles = async (outputDir: string) => {
    const reports = pages.flatMap((page) => (page.kind === "report" ? [page.data.model] : []));
    await writeSearchIndex(reports, LANGS, pathPrefix, outputDir);
    await writeSiteAssets(outputDir);
    copyPhotos(media, imageCacheDir, outputDir);
  };
  const writing = writeThenReplace(request.outDir, async (staging) => {
    const { default: Eleventy } = await import("@11ty/eleventy");
    const eleventy = new Eleventy(ELEVENTY_INPUT, staging, {
      configPath,
      pathPrefix,
      // Eleventy's own summary line ("Wrote 119 files"), not a line a page.
      quietMode: true,
      config: (eleventyConfig) => {
        // Eleventy resolves its globs from the working directory.
        eleventyConfig.ignores.add(`${relative(process.cwd(), ELEVENTY_INPUT)}/**`);
        khabarPlugin(eleventyConfig, { pages, environment: createNunjucksEnvironment(), writeSiteFiles });
      },
    });
    await eleventy.write();
  }, outputFolderOptions(request));
  return writingOutcome(writing, pages.length);
}
