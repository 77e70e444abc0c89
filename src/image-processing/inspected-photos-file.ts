/**
 * What builds found in each photo file (format, size, content hash), kept in the image cache as
 * `photos.json`, so that a build reads again only the photos whose size or modification time
 * changed: an archive of thousands of camera photos of several megabytes each would otherwise be
 * read and hashed whole by every build.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { InspectedPhoto, InspectedPhotos } from "../content/media-folder.ts";
import { writeFileAtomically } from "../files/write-file.ts";

const FILE_NAME = "photos.json";
const FORMATS = new Set(["jpeg", "png", "webp", "avif", "gif", "tiff"]);

/**
 * The photos earlier builds inspected; an empty map when there is no file or it cannot be read (the
 * photos are then read again, as in a first build).
 * @example readInspectedPhotos(defaultImageCacheDir()).size // 3 after a build of the sample site
 */
export function readInspectedPhotos(cacheDir: string): InspectedPhotos {
  let saved: unknown;
  try {
    saved = JSON.parse(readFileSync(join(cacheDir, FILE_NAME), "utf8"));
  } catch {
    return new Map();
  }
  const photos: InspectedPhotos = new Map();
  if (typeof saved !== "object" || saved === null) return photos;
  for (const [path, photo] of Object.entries(saved)) if (isInspectedPhoto(photo)) photos.set(path, photo);
  return photos;
}

/**
 * Saves what was inspected, whole or not at all (written beside its place, then renamed).
 * @example writeInspectedPhotos(defaultImageCacheDir(), photos)
 */
export function writeInspectedPhotos(cacheDir: string, photos: InspectedPhotos): void {
  mkdirSync(cacheDir, { recursive: true });
  const entries = [...photos].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileAtomically(join(cacheDir, FILE_NAME), JSON.stringify(Object.fromEntries(entries)));
}

/** The file is the cache's own, but a hand-edited or older one must not make a build trust wrong facts. */
function isInspectedPhoto(value: unknown): value is InspectedPhoto {
  if (typeof value !== "object" || value === null) return false;
  const { size, mtimeMs, facts } = value as Record<string, unknown>;
  if (typeof size !== "number" || typeof mtimeMs !== "number" || typeof facts !== "object" || facts === null) return false;
  const { format, width, height, hash } = facts as Record<string, unknown>;
  return typeof format === "string" && FORMATS.has(format) && Number.isInteger(width) && Number.isInteger(height) && typeof hash === "string" && /^[0-9a-f]{16}$/.test(hash);
}
