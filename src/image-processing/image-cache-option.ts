/**
 * The `--image-cache DIR` option that `build`, `check` and `start` share: where processed photos are
 * kept. It must be a folder of its own, never one a command reads its sources from or replaces.
 */
import { resolve } from "node:path";
import { isSameOrInside } from "../files/path-inside.ts";
import { defaultImageCacheDir } from "./image-cache.ts";

/** The cache folder to use, or why the one given cannot be. */
export type ImageCacheChoice = { readonly dir: string; readonly problem?: undefined } | { readonly dir?: undefined; readonly problem: string };

/**
 * The image cache a command was given (resolved), the default when none was given, or why the
 * given one is refused: it lies in one of the command's `folders`, named by their options.
 * @example imageCacheOption("content/cache", [["--content", "content"]]).problem // "--image-cache: content/cache lies in content (--content); give the photos' cache a folder of its own"
 * @example imageCacheOption(undefined, [["--content", "content"]]).dir // "/home/press/khabar/node_modules/.cache/khabar-images/v1"
 */
export function imageCacheOption(given: string | undefined, folders: readonly (readonly [option: string, folder: string])[]): ImageCacheChoice {
  if (given === undefined) return { dir: defaultImageCacheDir() };
  const dir = resolve(given);
  const inside = folders.find(([, folder]) => isSameOrInside(dir, resolve(folder)));
  if (inside === undefined) return { dir };
  const [option, folder] = inside;
  return { problem: `--image-cache: ${given} lies in ${folder} (${option}); give the photos' cache a folder of its own` };
}
