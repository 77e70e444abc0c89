/**
 * Writing files: a build's, so that a failure names the file (Node's error for a full disk during
 * `write` carries no path, and "no space left on device" alone does not say where), and files that
 * must be whole or not at all (a cache's, a report fixed by `check --fix`).
 */
import { randomBytes } from "node:crypto";
import { constants, copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Writes `data` to `path`; a failure is thrown with `path` on it.
 * @example writeFileNamingFailures("/srv/.dist.building-42/fa/index.html", html)
 */
export function writeFileNamingFailures(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (error) {
    const failure = error as NodeJS.ErrnoException;
    failure.path ??= path;
    throw failure;
  }
}

/**
 * Writes `data` to `path` whole or not at all: into a file beside it, then renamed over it, so a
 * reader (another build, a killed one's successor) sees the old file or the new one, never half.
 * @example writeFileAtomically("node_modules/.cache/khabar-images/v1/photos.json", json)
 */
export function writeFileAtomically(path: string, data: string | Uint8Array): void {
  const partial = `${path}.${process.pid}-${randomBytes(4).toString("hex")}.partial`;
  try {
    writeFileSync(partial, data);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Copies `source` to `target` (a copy-on-write clone where the file system can); a failure is
 * thrown with the target as its path, since a copy that fails for a full disk failed to write there.
 * @example copyFileNamingFailures("layouts/assets/khabar.css", "/srv/.dist.building-42/assets/khabar.css")
 */
export function copyFileNamingFailures(source: string, target: string): void {
  try {
    copyFileSync(source, target, constants.COPYFILE_FICLONE);
  } catch (error) {
    const failure = error as NodeJS.ErrnoException;
    if (failure.code !== "ENOENT") failure.path = target;
    throw failure;
  }
}

/**
 * Writes files below `dir`, each by its path relative to it, making each folder once; the files are
 * taken one at a time, so a generator that renders them never holds more than one.
 * Synchronous calls: a small file costs one system call each way, where the promise-based ones make
 * three trips through libuv's thread pool.
 * @example writeFilesBelow("/repo/.dist.building-4242", [["fa/feed.xml", xml]])
 */
export function writeFilesBelow(dir: string, files: Iterable<readonly [path: string, data: string | Uint8Array]>): void {
  const folders = new Set<string>();
  for (const [path, data] of files) {
    const target = join(dir, path);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileNamingFailures(target, data);
  }
}
