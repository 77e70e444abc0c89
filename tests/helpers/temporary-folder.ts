/**
 * Vitest's global set-up: every test run gets one temporary folder, which all the tests' temporary
 * files go into (through `TMPDIR`, which `os.tmpdir()` reads) and which is removed when the run
 * ends, so hundreds of fixture sites and builds do not pile up in the machine's `/tmp`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Creates the run's folder and points `TMPDIR` at it; returns the teardown that removes it.
 * @example const teardown = setup(); …; teardown(); // /tmp/khabar-tests-XXXXXX is gone
 */
export function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), "khabar-tests-"));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(folder, { recursive: true, force: true });
  };
}
