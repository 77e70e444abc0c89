/**
 * Running khabar's command-line scripts as a user does, in a child process.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { npmScriptNodeArgs } from "../../src/bench/npm-script.ts";

export const REPO_ROOT = resolve(import.meta.dirname, "../..");

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the npm script `name` with arguments from the repository root, as `npm run <name> -- …` does
 * (the build compiled, the other commands through tsx).
 * @example runScript("build", ["--content", dir, "--out", out]).status // 0
 */
export function runScript(name: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, [...npmScriptNodeArgs(name), ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A fingerprint of every file below a folder (paths and bytes), to prove a folder was left untouched.
 * @example treeFingerprint("dist") // { "index.html": "3f2a…", … }
 */
export function treeFingerprint(dir: string): Record<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const fingerprint: Record<string, string> = {};
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    fingerprint[relative(dir, path)] = createHash("sha256").update(readFileSync(path)).digest("hex");
  }
  return Object.fromEntries(Object.entries(fingerprint).sort(([a], [b]) => (a < b ? -1 : 1)));
}
