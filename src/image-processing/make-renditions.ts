/**
 * Making the processed versions of photos with @11ty/eleventy-img (on sharp): each width in WebP
 * and JPEG, and the 1200×630 share card, into the image cache (image-cache.ts). Photos are processed
 * a few at once, as many as the machine has cores; each is read from disk by sharp, which decodes a
 * large JPEG at a fraction of its size when it only needs a smaller one, so an 8000×6000 photo
 * stays within the build's memory. Only the colour profile is kept: EXIF (camera, GPS position,
 * time) is dropped, and the photo is turned upright by its EXIF orientation first.
 */
import type { ImageOptions, ImageOutput } from "@11ty/eleventy-img";
import { availableParallelism } from "node:os";
import type { Sharp } from "sharp";
import { SHARE_CARD, type Rendition } from "../images/renditions.ts";
import type { MediaJob } from "../site/site-model.ts";
import { isCached, putInCache } from "./image-cache.ts";

/** Encoder settings: chosen so a phone's report page stays under 150 KiB of images (docs/performance.md). */
const ENCODING: Pick<ImageOptions, "sharpWebpOptions" | "sharpJpegOptions"> = {
  sharpWebpOptions: { quality: 72 },
  sharpJpegOptions: { quality: 78, mozjpeg: true },
};

/** A photo that could not be processed, and why (sharp's words). */
export interface PhotoFailure {
  /** The photo's path as messages print it, e.g. `content/media/2025/itu-baku.jpg`. */
  readonly path: string;
  readonly message: string;
}

/**
 * Makes every version not yet in the cache; the photos that fail are returned, not thrown.
 * @example await makeRenditions(model.media, defaultImageCacheDir()) // [] when every photo could be read
 */
export async function makeRenditions(jobs: readonly MediaJob[], cacheDir: string, concurrency = availableParallelism()): Promise<PhotoFailure[]> {
  const missing = jobs.filter((job) => !isCached(cacheDir, job.renditions));
  const failures: PhotoFailure[] = [];
  let next = 0;
  const worker = async () => {
    for (let job = missing[next++]; job !== undefined; job = missing[next++]) {
      try {
        await makePhotoRenditions(job, cacheDir);
      } catch (error) {
        failures.push({ path: job.path, message: (error as Error).message });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, missing.length) }, worker));
  return failures.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Makes every version of one photo into the cache.
 * @example await makePhotoRenditions(job, "/cache")
 */
export async function makePhotoRenditions(job: MediaJob, cacheDir: string): Promise<void> {
  // Loaded only when a photo needs processing: a build whose photos are all cached never loads sharp.
  const { default: eleventyImage } = await import("@11ty/eleventy-img");
  const scaled = job.renditions.filter((rendition) => !rendition.crop);
  const widths = [...new Set(scaled.map((rendition) => rendition.width))];
  const formats = [...new Set(scaled.map((rendition) => rendition.format))];
  if (scaled.length > 0) {
    const outputs = await eleventyImage(job.source, { ...COMMON_OPTIONS, widths, formats });
    for (const rendition of scaled) putInCache(cacheDir, rendition, outputOf(outputs, rendition, job).buffer);
  }

  for (const card of job.renditions.filter((rendition) => rendition.crop)) {
    const cropped = await eleventyImage(job.source, {
      ...COMMON_OPTIONS,
      // eleventy-img never enlarges: a narrower photo comes at its own width, and the crop scales it.
      widths: [SHARE_CARD.width],
      formats: [card.format],
      transform: (sharp) => {
        onWhite(sharp);
        // The share card shows the photo's most eye-catching part (sharp's "attention" strategy), not its middle.
        sharp.resize(SHARE_CARD.width, SHARE_CARD.height, { fit: "cover", position: "attention" });
      },
    });
    const [output] = cropped[card.format] ?? [];
    if (output === undefined) throw new Error(`eleventy-img made no ${card.format} share card`);
    putInCache(cacheDir, card, output.buffer);
  }
}

/** A transparent PNG or WebP is set on white, as the JPEG versions have no transparency. */
function onWhite(sharp: Sharp): void {
  sharp.flatten({ background: "#ffffff" });
}

const COMMON_OPTIONS = {
  ...ENCODING,
  // In memory: the cache is khabar's, written whole or not at all (image-cache.ts).
  dryRun: true,
  useCache: false,
  fixOrientation: true,
  // Every photo gets every format: an animated GIF is shown still, a transparent PNG on white.
  formatFiltering: [],
  // A damaged file is an error to report, not a half-grey picture.
  sharpOptions: { failOn: "error" },
  transform: onWhite,
} satisfies Partial<ImageOptions>;

function outputOf(outputs: Record<string, ImageOutput[]>, rendition: Rendition, job: MediaJob): ImageOutput {
  const output = outputs[rendition.format]?.find((candidate) => candidate.width === rendition.width);
  if (output === undefined) throw new Error(`eleventy-img made no ${rendition.width}-pixel ${rendition.format} of ${job.src}`);
  return output;
}
