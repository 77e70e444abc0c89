/**
 * The photos of `content/media/`, each read once a build when a report names it, and told apart by
 * content: a missing file, a file that is not a photo and an SVG are each refused with the reason.
 * A symbolic link is followed only while it stays inside the content folder, as for report files.
 */
import { readFileSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import { isSameOrInside } from "../files/path-inside.ts";
import { inspectImage, type ImageFacts } from "../images/image-file.ts";
import { displayPath } from "./list-report-files.ts";

/** A photo of the content folder, read and inspected. */
export interface MediaFile {
  /** Its path below `content/media/`, e.g. `2025/itu-baku.jpg`. */
  readonly src: string;
  /** Its path as messages print it, e.g. `content/media/2025/itu-baku.jpg`. */
  readonly path: string;
  /** Where it is on disk, for processing. */
  readonly absolutePath: string;
  readonly facts: ImageFacts;
}

export type MediaLookup = { readonly ok: true; readonly file: MediaFile } | { readonly ok: false; readonly reason: string };

/** The content folder's photos, as the content check sees them. */
export interface MediaFolder {
  /**
   * The photo at a path below `content/media/`, or why there is none.
   * @example media.find("2025/itu-baku.jpg") // { ok: true, file: { src: "2025/itu-baku.jpg", path: "content/media/2025/itu-baku.jpg", absolutePath: "/repo/content/media/2025/itu-baku.jpg", facts: { format: "jpeg", … } } }
   * @example media.find("2025/none.jpg") // { ok: false, reason: "content/media/2025/none.jpg does not exist" }
   */
  find(src: string): MediaLookup;
}

/** The folder below the content folder that holds photos. */
export const MEDIA_DIR = "media";

/** What was found in a photo file, with the size and modification time the file had then. */
export interface InspectedPhoto {
  readonly size: number;
  readonly mtimeMs: number;
  readonly facts: ImageFacts;
}

/**
 * What earlier reads found in each photo file, by its real path: a file whose size and modification
 * time are unchanged is not read again. The dev server keeps one for its run (it makes a folder
 * object at every save); the builds keep one in the image cache, so a build does not read and hash
 * thousands of camera photos that earlier builds read.
 */
export type InspectedPhotos = Map<string, InspectedPhoto>;

/**
 * The photos below `contentDir/media/`; each file is read at its first `find` and remembered by
 * this folder object (and in `inspected`, when given).
 * @example mediaFolder("content").find("2025/itu-baku.jpg").ok // true
 */
export function mediaFolder(contentDir: string, root: string = process.cwd(), inspected?: InspectedPhotos): MediaFolder {
  const folder = join(contentDir, MEDIA_DIR);
  const found = new Map<string, MediaLookup>();
  const look = (src: string): MediaLookup => {
    const path = join(folder, ...src.split("/"));
    const shown = displayPath(path, root);
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      return { ok: false, reason: `${shown} does not exist: put the photo there, or correct the path` };
    }
    if (!isSameOrInside(real, realpathOrSelf(contentDir))) return { ok: false, reason: `${shown} is a symbolic link out of the content folder; khabar does not follow it — move the photo into ${displayPath(folder, root)}` };
    const stats = statSync(real);
    if (!stats.isFile()) return { ok: false, reason: `${shown} is a folder, not a photo` };
    const earlier = inspected?.get(real);
    if (earlier !== undefined && earlier.size === stats.size && earlier.mtimeMs === stats.mtimeMs) {
      return { ok: true, file: { src, path: shown, absolutePath: real, facts: earlier.facts } };
    }
    const lookup = readPhoto(src, real, shown);
    if (lookup.ok) inspected?.set(real, { size: stats.size, mtimeMs: stats.mtimeMs, facts: lookup.file.facts });
    return lookup;
  };
  return {
    find(src) {
      let lookup = found.get(src);
      if (lookup === undefined) {
        lookup = look(src);
        found.set(src, lookup);
      }
      return lookup;
    },
  };
}

function readPhoto(src: string, real: string, shown: string): MediaLookup {
  let bytes: Buffer;
  try {
    bytes = readFileSync(real);
  } catch (error) {
    return { ok: false, reason: `${shown} cannot be read (${(error as NodeJS.ErrnoException).code ?? "unknown error"})` };
  }
  const inspection = inspectImage(bytes);
  return inspection.ok ? { ok: true, file: { src, path: shown, absolutePath: real, facts: inspection.facts } } : { ok: false, reason: `${shown} ${inspection.reason}` };
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
