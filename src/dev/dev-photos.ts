/**
 * Photos for the dev server: a processed version is made the first time a page asks for it, into
 * the same image cache the build uses (src/image-processing/), so a photo processed once is ready
 * for every later `npm start` and `npm run build`.
 */
import { readFile } from "node:fs/promises";
import { cachedFile, isCached } from "../image-processing/image-cache.ts";
import { makePhotoRenditions } from "../image-processing/make-renditions.ts";
import { MEDIA_OUTPUT_DIR } from "../site/photos.ts";
import type { MediaJob } from "../site/site-model.ts";

/** The processed versions of the site's photos, made on request. */
export interface DevPhotos {
  /**
   * The bytes of the version at an address below the site's root, or undefined when no photo of
   * `media` has that version.
   * @example await photos.file(model.media, "/media/3f9a2c1e0b7d4a65-800.webp") // Uint8Array
   */
  file(media: readonly MediaJob[], path: string): Promise<Uint8Array | undefined>;
}

/**
 * The dev server's photos, kept in `cacheDir`. Requests for versions of one photo that come
 * together (a page's `<picture>` asks for several) wait for one processing of it.
 * @example const photos = devPhotos(defaultImageCacheDir())
 */
export function devPhotos(cacheDir: string): DevPhotos {
  const making = new Map<string, Promise<void>>();
  const byName = new WeakMap<readonly MediaJob[], Map<string, MediaJob>>();
  const jobOf = (media: readonly MediaJob[], name: string): MediaJob | undefined => {
    let names = byName.get(media);
    if (names === undefined) {
      names = new Map(media.flatMap((job) => job.renditions.map((rendition) => [rendition.name, job] as const)));
      byName.set(media, names);
    }
    return names.get(name);
  };
  return {
    async file(media, path) {
      const prefix = `/${MEDIA_OUTPUT_DIR}/`;
      if (!path.startsWith(prefix)) return undefined;
      const name = path.slice(prefix.length);
      const job = jobOf(media, name);
      const rendition = job?.renditions.find((candidate) => candidate.name === name);
      if (job === undefined || rendition === undefined) return undefined;
      if (!isCached(cacheDir, job.renditions)) {
        const key = job.renditions[0]?.name ?? job.src;
        let made = making.get(key);
        if (made === undefined) {
          made = makePhotoRenditions(job, cacheDir).finally(() => making.delete(key));
          making.set(key, made);
        }
        await made;
      }
      return readFile(cachedFile(cacheDir, rendition));
    },
  };
}
