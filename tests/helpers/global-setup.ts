/**
 * Vitest's global set-up, run once before every test file:
 * - one temporary folder for the whole run, which all the tests' temporary files go into (through
 *   `TMPDIR`, which `os.tmpdir()` reads) and which is removed when the run ends;
 * - the build compiled once (`npm run prebuild`), as `npm run build` runs it;
 * - the sample site built once at the root and once under a path prefix, for every test that only
 *   reads a build (`inject("sampleSite")`, tests/helpers/sample-site.ts). Tests never change them.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { REPO_ROOT, runScript } from "./run-cli.ts";

/** The path prefix of the shared build under a sub-folder. */
export const SAMPLE_PATH_PREFIX = "/sub/";

declare module "vitest" {
  export interface ProvidedContext {
    /** The sample site (content/) built by `npm run build` into this folder. */
    sampleSite: string;
    /** The same, built with `--path-prefix /sub/`. */
    sampleSiteUnderPrefix: string;
  }
}

/**
 * Creates the run's folder, compiles the build and builds the sample site; returns the teardown.
 * @example const teardown = setup(project); …; teardown(); // /tmp/khabar-tests-XXXXXX is gone
 */
export function setup(project: TestProject): () => void {
  const folder = mkdtempSync(join(tmpdir(), "khabar-tests-"));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  const compiling = spawnSync(process.execPath, ["scripts/compile.mjs"], { cwd: REPO_ROOT, encoding: "utf8" });
  if (compiling.status !== 0) throw new Error(`scripts/compile.mjs failed:\n${compiling.stderr}`);
  project.provide("sampleSite", builtSample(join(folder, "sample"), []));
  project.provide("sampleSiteUnderPrefix", builtSample(join(folder, "sample-sub"), ["--path-prefix", SAMPLE_PATH_PREFIX]));
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(folder, { recursive: true, force: true });
  };
}

function builtSample(out: string, args: readonly string[]): string {
  const build = runScript("build", ["--out", out, ...args]);
  if (build.status !== 0) throw new Error(`the sample site did not build (status ${build.status}):\n${build.stdout}${build.stderr}`);
  return out;
}
