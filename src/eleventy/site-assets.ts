/**
 * The files a site serves besides its pages: self-hosted fonts and the search page's script. The
 * Eleventy plugin copies and bundles them into a build; the dev server serves them from memory.
 */
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import type { BuildOptions as EsbuildOptions } from "esbuild";
import { projectFile } from "../project-files.ts";

/** Vazirmatn's files, from the `@fontsource/vazirmatn` package: Arabic-script and Latin subsets, two weights. */
export const FONT_FILES: readonly string[] = [
  "vazirmatn-arabic-400-normal.woff2",
  "vazirmatn-arabic-700-normal.woff2",
  "vazirmatn-latin-400-normal.woff2",
  "vazirmatn-latin-700-normal.woff2",
];

/**
 * The folder of the font files, relative to the working directory.
 * @example fontPackageDir() // "node_modules/@fontsource/vazirmatn/files"
 */
export function fontPackageDir(): string {
  const packageJson = createRequire(import.meta.url).resolve("@fontsource/vazirmatn/package.json");
  return relative(process.cwd(), join(dirname(packageJson), "files"));
}

/** Where the search script is served, below the site's root. */
export const SEARCH_SCRIPT_PATH = "assets/search.js";

const SEARCH_SCRIPT_SOURCE = projectFile("src/search/search-page.ts");

/**
 * esbuild's options for the search page's script, bundled from src/search/ so the browser and the
 * tests share one normaliser; the caller adds where the bundle goes.
 * @example await esbuild({ ...searchScriptBuildOptions(), outfile: "dist/assets/search.js" })
 */
export function searchScriptBuildOptions(): EsbuildOptions {
  return {
    entryPoints: [SEARCH_SCRIPT_SOURCE],
    bundle: true,
    format: "esm",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  };
}
