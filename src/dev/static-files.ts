/**
 * The files the dev server serves as they are: the stylesheet and anything else in `layouts/assets/`,
 * the self-hosted fonts, and the search page's script, bundled in memory as a build bundles it to disk.
 */
import { readFile } from "node:fs/promises";
import { join, normalize, sep } from "node:path";
import { build as esbuild } from "esbuild";
import { FONT_FILES, fontPackageDir, SEARCH_SCRIPT_PATH, searchScriptBuildOptions } from "../eleventy/site-assets.ts";

const ASSETS_PREFIX = "/assets/";
const FONTS_PREFIX = "/assets/fonts/";
const ASSETS_DIR = join("layouts", "assets");

/**
 * Static files by address; the search script is bundled once, on first request.
 * @example await new StaticFiles().get("/assets/khabar.css") // the stylesheet's bytes; undefined for an unknown address
 */
export class StaticFiles {
  #searchScript: Promise<Uint8Array> | undefined;

  /** A file's bytes, or undefined when there is none at this address. */
  async get(pathname: string): Promise<Uint8Array | undefined> {
    if (!pathname.startsWith(ASSETS_PREFIX)) return undefined;
    if (pathname === `/${SEARCH_SCRIPT_PATH}`) {
      // A failed bundle is not kept: the next request tries again.
      this.#searchScript ??= bundleSearchScript().catch((error: unknown) => {
        this.#searchScript = undefined;
        throw error;
      });
      return this.#searchScript;
    }
    if (pathname.startsWith(FONTS_PREFIX)) {
      const name = pathname.slice(FONTS_PREFIX.length);
      if (FONT_FILES.includes(name)) return readFile(join(fontPackageDir(), name));
    }
    // Read on each request, so an edited stylesheet shows on the next reload; never outside the folder.
    const file = normalize(join(ASSETS_DIR, pathname.slice(ASSETS_PREFIX.length)));
    if (!file.startsWith(ASSETS_DIR + sep)) return undefined;
    return readFile(file).catch(() => undefined);
  }
}

async function bundleSearchScript(): Promise<Uint8Array> {
  const result = await esbuild({ ...searchScriptBuildOptions(), outfile: SEARCH_SCRIPT_PATH, write: false });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error(`esbuild wrote no ${SEARCH_SCRIPT_PATH}`);
  return output.contents;
}
