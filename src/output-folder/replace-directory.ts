/**
 * Putting a finished build in place of the previous one, so that a failed or killed build never
 * leaves a half-written site behind (contract §1).
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/**
 * The temporary folder a build writes into: beside the output folder, so the final rename stays on one file system.
 * @example stagingDirFor("dist", 4242) // "/repo/.dist.building-4242"
 */
export function stagingDirFor(outDir: string, pid: number = process.pid): string {
  const out = resolve(outDir);
  return join(dirname(out), `.${basename(out)}.building-${pid}`);
}

/**
 * Removes staging folders that earlier builds, killed before they finished, left beside the output.
 * @example removeStaleStagingDirs("dist") // ["/repo/.dist.building-4242"]
 */
export function removeStaleStagingDirs(outDir: string): string[] {
  const out = resolve(outDir);
  const parent = dirname(out);
  if (!existsSync(parent)) return [];
  const prefix = `.${basename(out)}.`;
  const stale = readdirSync(parent)
    .filter((name) => name.startsWith(prefix) && /\.(building|previous)-\d+$/.test(name))
    .map((name) => join(parent, name));
  for (const dir of stale) rmSync(dir, { recursive: true, force: true });
  return stale;
}

/**
 * Moves a finished staging folder to the output path, replacing what was there. The replaced
 * output is renamed aside at once and deleted by a detached process: deleting the thousands of
 * files of an archive takes seconds, and nobody needs to wait for it. If that process never
 * finishes, the next build removes the folder (see {@link removeStaleStagingDirs}).
 * @example replaceDirectory("/repo/.dist.building-4242", "dist") // dist now holds the new build
 */
export function replaceDirectory(stagingDir: string, outDir: string): void {
  const out = resolve(outDir);
  if (!existsSync(out)) {
    renameSync(stagingDir, out);
    return;
  }
  const previous = join(dirname(out), `.${basename(out)}.previous-${process.pid}`);
  renameSync(out, previous);
  try {
    renameSync(stagingDir, out);
  } catch (error) {
    renameSync(previous, out);
    throw error;
  }
  removeInBackground(previous);
}

const REMOVE_FOLDER = "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })";

function removeInBackground(dir: string): void {
  try {
    spawn(process.execPath, ["-e", REMOVE_FOLDER, dir], { detached: true, stdio: "ignore" }).unref();
  } catch {
    rmSync(dir, { recursive: true, force: true });
  }
}
