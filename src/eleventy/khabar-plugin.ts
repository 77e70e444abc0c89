/**
 * The Eleventy plugin: the only place khabar talks to Eleventy. It hands the site model to the
 * layouts as global data, registers the filters, copies assets and fonts, and watches content.
 */
import { build as esbuild } from "esbuild";
import { join } from "node:path";
import type { BuildOptions } from "../build/build-options.ts";
import { useFasterNunjucksFrameSet } from "../build/nunjucks-frame-set.ts";
import { takePreparedSite } from "../build/prepared-site.ts";
import { ContentErrors, formatProblem } from "../content/problem.ts";
import { loadSite } from "../site/load-site.ts";
import type { SiteModel } from "../site/site-model.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import { FILTERS } from "./filters.ts";
import { FONT_FILES, fontPackageDir, SEARCH_SCRIPT_PATH, searchScriptBuildOptions } from "./site-assets.ts";

/**
 * Registers khabar with Eleventy.
 * @example eleventyConfig.addPlugin(khabarPlugin, buildOptionsFromEnvironment(process.env))
 */
export function khabarPlugin(eleventyConfig: EleventyConfig, options: BuildOptions): void {
  // Global data: every page's model, computed once per build (and again on each dev-server rebuild).
  let lastGood: SiteModel | undefined;
  eleventyConfig.addGlobalData("khabar", () => {
    try {
      lastGood = takePreparedSite(options) ?? loadSite(options).model;
      return lastGood;
    } catch (error) {
      if (!(error instanceof ContentErrors) || !options.keepServingOnErrors || lastGood === undefined) throw error;
      // The dev server keeps showing the last good pages while the editor fixes the file.
      console.error(`${error.problems.map(formatProblem).join("\n")}\nkhabar: fix the content above; still serving the last good pages`);
      return lastGood;
    }
  });

  // One summary line a build, not one line a page: an archive has thousands of pages.
  eleventyConfig.setQuietMode(true);

  // Filters
  for (const [name, filter] of Object.entries(FILTERS)) eleventyConfig.addFilter(name, filter);

  // Templates escape every value unless a layout says `| safe` (only rendered Markdown and JSON-LD do).
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  // Eleventy's Nunjucks is the one the build's own page writer uses, and as fast (see nunjucks-frame-set.ts).
  useFasterNunjucksFrameSet();

  // Assets: the stylesheet and self-hosted fonts.
  eleventyConfig.addPassthroughCopy({ "layouts/assets": "assets" });
  const fontsDir = fontPackageDir();
  for (const file of FONT_FILES) {
    eleventyConfig.addPassthroughCopy({ [join(fontsDir, file)]: `assets/fonts/${file}` });
  }

  // The search page's script, bundled from src/search/ so the browser and the tests share one normaliser.
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    await esbuild({ ...searchScriptBuildOptions(), outfile: join(directories.output, SEARCH_SCRIPT_PATH) });
  });

  // Dev server: content lives outside Eleventy's input folder.
  eleventyConfig.addWatchTarget(options.contentDir);
}
