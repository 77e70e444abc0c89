/**
 * The image cache: every processed version of a photo, kept by name (its content hash, width and
 * format) between builds, outside the output folder, so replacing `dist/` costs nothing and a build
 * whose photos are all there processes none.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomically } from "../files/write-file.ts";
import type { Rendition } from "../images/renditions.ts";
import { projectFile } from "../project-files.ts";

/**
 * Where the project keeps processed photos: beside the compiled scripts, below `node_modules/.cache`,
 * which tools leave alone and `git` ignores. The folder's version changes whenever how photos are
 * processed changes (widths, quality), so an old version is never served.
 * @example defaultImageCacheDir() // "/home/press/khabar/node_modules/.cache/khabar-images/v1"
 */
export function defaultImageCacheDir(): string {
  return projectFile("node_modules/.cache/khabar-images/v1");
}

/**
 * The file of a processed version in the cache.
 * @example cachedFile("/cache", { name: "3f9a2c1e0b7d4a65-800.webp", … }) // "/cache/3f9a2c1e0b7d4a65-800.webp"
 */
export function cachedFile(cacheDir: string, rendition: Rendition): string {
  return join(cacheDir, rendition.name);
}

/**
 * Whether every version of a photo is in the cache.
 * @example isCached("/cache", job.renditions) // true after a build that made them
 */
export function isCached(cacheDir: string, renditions: readonly Rendition[]): boolean {
  return renditions.every((rendition) => existsSync(cachedFile(cacheDir, rendition)));
}

/**
 * Puts a version into the cache whole or not at all: written beside its place, then renamed, so a
 * build stopped halfway or two builds at once never leave a half-written photo to be served.
 * @example putInCache("/cache", rendition, bytes)
 */
export function putInCache(cacheDir: string, rendition: Rendition, bytes: Uint8Array): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileAtomically(cachedFile(cacheDir, rendition), bytes);
}
