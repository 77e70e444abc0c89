/**
 * Writing a site into a staging folder beside the output folder, and putting it in place only when
 * everything was written, whichever driver writes the pages (contract §1):
 * - the output folder is checked first (output-folder-check.ts), and a refusal touches nothing;
 * - one build at a time per output folder (build-lock.ts); a second one waits;
 * - what a killed build left is undone first (replace-directory.ts);
 * - a failed build removes its staging folder and leaves the output folder as it was.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { projectFile } from "../project-files.ts";
import { lockOutputFolder } from "./build-lock.ts";
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT, outputFolderRefusal } from "./output-folder-check.ts";
import { OutputFolderRefused } from "./output-folder-refused.ts";
import { recoverInterruptedSwap, REAL_SWAP_STEPS, replaceDirectory, stagingDirFor, type SwapSteps } from "./replace-directory.ts";

export interface OutputFolderOptions {
  /** The content folder the site is built from, which the output must stay clear of. */
  readonly contentDir: string;
  /** Called once when another build holds the output folder and this one waits for it. */
  readonly onWait: () => void;
  /** The swap's file-system steps; tests stop them midway. */
  readonly steps?: SwapSteps;
}

/**
 * Runs `write` into a new staging folder beside `outDir`, then puts that folder in place of `outDir`;
 * should `write` fail, the staging folder is removed, `outDir` is untouched, and the failure is thrown.
 * @example await writeThenReplace("dist", (staging) => writeSite(staging), { contentDir: "content", onWait: () => {} })
 */
export async function writeThenReplace(outDir: string, write: (staging: string) => Promise<void>, options: OutputFolderOptions): Promise<void> {
  const refusal = () => outputFolderRefusal(outDir, { contentDir: options.contentDir, layoutsDir: projectFile("layouts"), projectDir: projectFile(".") });
  const refused = refusal();
  if (refused !== undefined) throw new OutputFolderRefused(refused);
  mkdirSync(dirname(resolve(outDir)), { recursive: true });
  const lock = await lockOutputFolder(outDir, options.onWait);
  try {
    // The folder may have changed while this build waited for another.
    const refusedNow = refusal();
    if (refusedNow !== undefined) throw new OutputFolderRefused(refusedNow);
    const steps = options.steps ?? REAL_SWAP_STEPS;
    recoverInterruptedSwap(outDir, steps);
    const staging = stagingDirFor(outDir);
    try {
      mkdirSync(staging, { recursive: true });
      writeFileSync(join(staging, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
      await write(staging);
      const compromise = lock.compromised();
      if (compromise !== undefined) throw new Error(`the lock on ${outDir} was lost while building (${compromise.message}); nothing was replaced`);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw error;
    }
    replaceDirectory(staging, outDir, steps);
  } finally {
    // A lock another build took over is that build's now: nothing to release.
    await lock.release().catch(() => undefined);
  }
}
