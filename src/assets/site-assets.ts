/**
 * The files a site serves besides its pages: the stylesheet (everything in `layouts/assets/`), the
 * self-hosted fonts and the search page's script. The build and Eleventy write them into the output
 * folder; the dev server serves them from memory.
 */
import { mkdirSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { build as esbuild } from "esbuild";
import { copyFileNamingFailures, writeFileNamingFailures } from "../files/write-file.ts";
import { projectFile } from "../project-files.ts";

/** Vazirmatn's files, from the `@fontsource/vazirmatn` package: Arabic-script and Latin subsets, two weights. */
export const FONT_FILES: readonly string[] = [
  "vazirmatn-arabic-400-normal.woff2",
  "vazirmatn-arabic-700-normal.woff2",
  "vazirmatn-latin-400-normal.woff2",
  "vazirmatn-latin-700-normal.woff2",
];

/** The folder whose files are served under `/assets/` as they are. */
export const ASSETS_DIR = projectFile("layouts/assets");

/** Where the fonts are served, below the site's root. */
export const FONTS_PATH = "assets/fonts";

/** Where the search script is served, below the site's root. */
export const SEARCH_SCRIPT_PATH = "assets/search.js";

/**
 * The folder of the font files.
 * @example fontPackageDir() // "/home/press/khabar/node_modules/@fontsource/vazirmatn/files"
 */
export function fontPackageDir(): string {
  const packageJson = createRequire(import.meta.url).resolve("@fontsource/vazirmatn/package.json");
  return join(dirname(packageJson), "files");
}

/**
 * The search page's script, bundled from src/search/ so the browser and the tests share one normaliser.
 * @example (await searchScriptBundle()).length // about 20,000 bytes
 */
export async function searchScriptBundle(): Promise<Uint8Array> {
  const result = await esbuild({
    entryPoints: [projectFile("src/search/search-page.ts")],
    outfile: SEARCH_SCRIPT_PATH,
    write: false,
    bundle: true,
    format: "esm",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error(`esbuild wrote no ${SEARCH_SCRIPT_PATH}`);
  return output.contents;
}

/**
 * Writes the stylesheet, the fonts and the search script below `siteDir`.
 * @example await writeSiteAssets("/repo/.dist.building-4242") // …/assets/khabar.css, …/assets/fonts/…, …/assets/search.js
 */
export async function writeSiteAssets(siteDir: string): Promise<void> {
  // File by file, so a full disk names the file of the output it could not write, not the source.
  for (const entry of readdirSync(ASSETS_DIR, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const target = join(siteDir, "assets", relative(ASSETS_DIR, join(entry.parentPath, entry.name)));
    mkdirSync(dirname(target), { recursive: true });
    copyFileNamingFailures(join(entry.parentPath, entry.name), target);
  }
  mkdirSync(join(siteDir, FONTS_PATH), { recursive: true });
  for (const file of FONT_FILES) copyFileNamingFailures(join(fontPackageDir(), file), join(siteDir, FONTS_PATH, file));
  // Written here rather than by esbuild, so that a full disk is reported as any other file would be.
  writeFileNamingFailures(join(siteDir, SEARCH_SCRIPT_PATH), await searchScriptBundle());
}
