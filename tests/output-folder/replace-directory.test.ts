/**
 * The swap of a finished build for the old site, stopped at every step as a kill would stop it: the
 * output folder then holds the whole old site or the whole new one, or the next build puts the old
 * one back before it deletes anything.
 */
import { mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recoverInterruptedSwap, replaceDirectory, type SwapSteps } from "../../src/output-folder/replace-directory.ts";
import { treeFingerprint } from "../helpers/run-cli.ts";

function site(dir: string, label: string): void {
  mkdirSync(join(dir, "fa/news/x"), { recursive: true });
  writeFileSync(join(dir, "index.html"), `${label} root`);
  writeFileSync(join(dir, "fa/news/x/index.html"), `${label} report`);
}

/** Real renames until the step numbered `killAt` (from 1), then nothing more happens, as in a killed process. */
function killedAt(killAt: number): SwapSteps & { readonly killed: () => boolean } {
  let step = 0;
  let dead = false;
  const stepOrDie = (work: () => void) => {
    step += 1;
    if (dead || step === killAt) {
      dead = true;
      throw new Error("killed");
    }
    work();
  };
  return {
    rename: (from, to) => stepOrDie(() => renameSync(from, to)),
    // The deletion runs in another process in a real build; here the next build's recovery does it.
    removeLater: () => stepOrDie(() => undefined),
    killed: () => dead,
  };
}

describe("replaceDirectory stopped at each step, then the next build's recovery", () => {
  // Steps: 1 old site aside, 2 new site in, 3 old site's deletion started; 4 means it was never stopped.
  it.each([1, 2, 3, 4])("leaves the whole old or the whole new site when stopped at step %i", (killAt) => {
    const root = mkdtempSync(join(tmpdir(), "khabar-swap-"));
    const out = join(root, "dist");
    const staging = join(root, ".dist.building-1");
    site(out, "old");
    site(staging, "new");
    const old = treeFingerprint(out);
    const fresh = treeFingerprint(staging);
    const steps = killedAt(killAt);
    try {
      replaceDirectory(staging, out, steps);
    } catch {
      // The process died here.
    }
    expect(steps.killed()).toBe(killAt <= 3);
    recoverInterruptedSwap(out);
    const now = treeFingerprint(out);
    expect(now).toEqual(killAt <= 2 ? old : fresh);
    expect(readdirSync(root)).toEqual(["dist"]);
  });
});
