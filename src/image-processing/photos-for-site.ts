/**
 * The photos of a build, for both build drivers: every version made into the image cache before
 * any page is written (a photo sharp cannot read is reported like any content error, and nothing
 * is written), then copied into the staging folder's `media/`.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Problem } from "../content/problem.ts";
import { copyFileNamingFailures } from "../files/write-file.ts";
import { MEDIA_OUTPUT_DIR } from "../site/photos.ts";
import type { MediaJob } from "../site/site-model.ts";
import { cachedFile } from "./image-cache.ts";
import { makeRenditions } from "./make-renditions.ts";

/**
 * Makes what the cache lacks; a problem for each photo that cannot be processed.
 * @example await preparePhotos(model.media, defaultImageCacheDir()) // []
 */
export async function preparePhotos(jobs: readonly MediaJob[], cacheDir: string): Promise<Problem[]> {
  const failures = await makeRenditions(jobs, cacheDir);
  // libvips repeats a message once for each version being made: the first line says it.
  return failures.map(({ path, message }) => ({ file: path, field: "image", message: `cannot be processed: ${message.split("\n")[0] ?? message}`, severity: "error" }));
}

/**
 * Copies every version from the cache into `siteDir/media/`: a copy-on-write clone where the file
 * system has them, else a plain copy, so the output never shares a file with the cache.
 * @example copyPhotos(model.media, defaultImageCacheDir(), staging)
 */
export function copyPhotos(jobs: readonly MediaJob[], cacheDir: string, siteDir: string): void {
  if (jobs.length === 0) return;
  const folder = join(siteDir, MEDIA_OUTPUT_DIR);
  mkdirSync(folder, { recursive: true });
  for (const job of jobs) {
    for (const rendition of job.renditions) copyFileNamingFailures(cachedFile(cacheDir, rendition), join(folder, rendition.name));
  }
}
