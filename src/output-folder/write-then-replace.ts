/**
 * Writing a site into a staging folder beside the output folder, and putting it in place only when
 * everything was written: whichever driver writes the pages, a failed build leaves the previous
 * output exactly as it was (contract §1).
 */
import { rmSync } from "node:fs";
import { removeStaleStagingDirs, replaceDirectory, stagingDirFor } from "./replace-directory.ts";

/**
 * Runs `write` into a new staging folder beside `outDir`, then puts that folder in place of `outDir`;
 * should `write` fail, the staging folder is removed, `outDir` is untouched, and the failure is thrown.
 * @example await writeThenReplace("dist", (staging) => writePages(pages, staging, environment))
 */
export async function writeThenReplace(outDir: string, write: (staging: string) => Promise<void>): Promise<void> {
  removeStaleStagingDirs(outDir);
  const staging = stagingDirFor(outDir);
  try {
    await write(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  replaceDirectory(staging, outDir);
}
