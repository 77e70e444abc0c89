/**
 * Putting a finished build in place of the previous one, so that a failed or killed build never
 * leaves a half-written site behind (contract §1). The swap is two renames: the old site aside to
 * `.dist.previous-<pid>`, then the new one in. A build killed between them leaves no `dist`, but the
 * old site whole beside it, and the next build puts it back before it does anything else
 * ({@link recoverInterruptedSwap}). Callers hold the output folder's lock (build-lock.ts), so no
 * other build is swapping the same folder meanwhile.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** The file-system steps of a swap; tests replace them to stop a swap at each step, as a kill would. */
export interface SwapSteps {
  readonly rename: (from: string, to: string) => void;
  /** Deletes a folder nobody needs any more, without making the build wait for it. */
  readonly removeLater: (dir: string) => void;
}

const REMOVE_FOLDER = "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })";

/** Renames for real; deletes in a detached process: the thousands of files of an archive take seconds. */
export const REAL_SWAP_STEPS: SwapSteps = {
  rename: renameSync,
  removeLater(dir) {
    try {
      spawn(process.execPath, ["-e", REMOVE_FOLDER, dir], { detached: true, stdio: "ignore" }).unref();
    } catch {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/**
 * The temporary folder a build writes into: beside the output folder, so the final rename stays on one file system.
 * @example stagingDirFor("dist", 4242) // "/repo/.dist.building-4242"
 */
export function stagingDirFor(outDir: string, pid: number = process.pid): string {
  const out = resolve(outDir);
  return join(dirname(out), `.${basename(out)}.building-${pid}`);
}

/**
 * Undoes what a killed build left: when the output folder is missing but an old site stands aside,
 * that site is put back; then old sites aside and unfinished staging folders are removed.
 * @example recoverInterruptedSwap("dist") // { restored: "/repo/.dist.previous-4242", removed: ["/repo/.dist.building-4243"] }
 */
export function recoverInterruptedSwap(outDir: string, steps: SwapSteps = REAL_SWAP_STEPS): { restored?: string; removed: string[] } {
  const out = resolve(outDir);
  const parent = dirname(out);
  if (!existsSync(parent)) return { removed: [] };
  const prefix = `.${basename(out)}.`;
  const leftovers = readdirSync(parent)
    .filter((name) => name.startsWith(prefix) && /\.(building|previous)-\d+$/.test(name))
    .map((name) => join(parent, name));
  const asides = leftovers.filter((dir) => /\.previous-\d+$/.test(dir)).sort((a, b) => statSync(b).ctimeMs - statSync(a).ctimeMs);
  let restored: string | undefined;
  if (!existsSync(out) && asides[0] !== undefined) {
    restored = asides[0];
    steps.rename(restored, out);
  }
  const removed = leftovers.filter((dir) => dir !== restored);
  for (const dir of removed) rmSync(dir, { recursive: true, force: true });
  return restored === undefined ? { removed } : { restored, removed };
}

/**
 * Moves a finished staging folder to the output path, replacing what was there; the replaced site
 * is deleted in the background.
 * @example replaceDirectory("/repo/.dist.building-4242", "dist") // dist now holds the new build
 */
export function replaceDirectory(stagingDir: string, outDir: string, steps: SwapSteps = REAL_SWAP_STEPS): void {
  const out = resolve(outDir);
  if (!existsSync(out)) {
    steps.rename(stagingDir, out);
    return;
  }
  const aside = join(dirname(out), `.${basename(out)}.previous-${process.pid}`);
  steps.rename(out, aside);
  try {
    steps.rename(stagingDir, out);
  } catch (error) {
    steps.rename(aside, out);
    throw error;
  }
  steps.removeLater(aside);
}
