/**
 * The files the dev server serves as they are: the stylesheet and anything else in `layouts/assets/`,
 * the self-hosted fonts, and the search page's script, bundled in memory as a build bundles it to disk.
 */
import { readFile } from "node:fs/promises";
import { join, normalize, sep } from "node:path";
import { ASSETS_DIR, FONT_FILES, FONTS_PATH, fontPackageDir, SEARCH_SCRIPT_PATH, searchScriptBundle } from "../assets/site-assets.ts";

const ASSETS_PREFIX = "/assets/";
const FONTS_PREFIX = `/${FONTS_PATH}/`;

/**
 * A static file's bytes by address, or undefined when there is none. Files are read (and the search
 * script bundled, in a few milliseconds) on each request, so an edit shows on the next reload.
 * @example await staticFile("/assets/khabar.css") // the stylesheet's bytes
 */
export async function staticFile(pathname: string): Promise<Uint8Array | undefined> {
  if (!pathname.startsWith(ASSETS_PREFIX)) return undefined;
  if (pathname === `/${SEARCH_SCRIPT_PATH}`) return searchScriptBundle();
  if (pathname.startsWith(FONTS_PREFIX)) {
    const name = pathname.slice(FONTS_PREFIX.length);
    if (FONT_FILES.includes(name)) return readFile(join(fontPackageDir(), name));
  }
  // Nothing outside the assets folder.
  const file = normalize(join(ASSETS_DIR, pathname.slice(ASSETS_PREFIX.length)));
  if (!file.startsWith(ASSETS_DIR + sep)) return undefined;
  return readFile(file).catch(() => undefined);
}
