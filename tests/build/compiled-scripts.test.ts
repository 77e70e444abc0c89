/**
 * `scripts/compiled.mjs`, which runs the build compiled to plain JavaScript: it compiles only when a
 * source changed, and the compiled build writes what the build run from its sources writes.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, treeFingerprint } from "../helpers/run-cli.ts";

const CACHE = join(REPO_ROOT, "node_modules", ".cache", "khabar-compiled");
const STATE = join(CACHE, "state.json");

interface CompiledState {
  dir: string;
  inputs: Record<string, number>;
}

function launch(...args: string[]) {
  return spawnSync(process.execPath, ["scripts/compiled.mjs", ...args], { cwd: REPO_ROOT, encoding: "utf8" });
}

function readState(): CompiledState {
  return JSON.parse(readFileSync(STATE, "utf8")) as CompiledState;
}

describe("scripts/compiled.mjs", () => {
  it("compiles again only when a file it was compiled from has changed", () => {
    expect(launch().status).toBe(0);
    const first = readState();
    expect(first.inputs).toHaveProperty(["scripts/build.ts"]);
    expect(first.inputs).toHaveProperty([".eleventy.ts"]);
    expect(first.inputs).toHaveProperty(["src/build/second-thread-worker.ts"]);
    expect(existsSync(join(CACHE, first.dir, "scripts", "build.mjs"))).toBe(true);

    expect(launch().status).toBe(0);
    expect(readState().dir).toBe(first.dir);

    // As if scripts/build.ts had been saved since.
    writeFileSync(STATE, JSON.stringify({ ...first, inputs: { ...first.inputs, "scripts/build.ts": 1 } }));
    expect(launch().status).toBe(0);
    const second = readState();
    expect(second.dir).not.toBe(first.dir);
    expect(existsSync(join(CACHE, second.dir, "scripts", "build.mjs"))).toBe(true);
    // The older copy stays for a while, for a build that may still be running from it.
    expect(existsSync(join(CACHE, first.dir))).toBe(true);
  });

  it("refuses a script it does not compile, with its usage", () => {
    const result = launch("scripts/check.ts");
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("usage: node scripts/compiled.mjs [scripts/build.ts | src/bench/baseline-build.ts] [arguments…]\n");
  });

  it("runs a build that writes, byte for byte, what the build run from its TypeScript sources writes", () => {
    const root = mkdtempSync(join(tmpdir(), "khabar-compiled-"));
    const compiled = launch("scripts/build.ts", "--out", join(root, "compiled"));
    const fromSources = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", join(root, "sources")], { cwd: REPO_ROOT, encoding: "utf8" });
    expect([compiled.status, fromSources.status]).toEqual([0, 0]);
    expect(compiled.stdout).toMatch(/^khabar: wrote 115 pages to .*compiled in \d+\.\d\d s\n$/);
    expect(treeFingerprint(join(root, "compiled"))).toEqual(treeFingerprint(join(root, "sources")));
  });
});
