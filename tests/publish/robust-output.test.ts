/**
 * The build's output is deterministic and never half-written: the same content gives the same bytes
 * whatever the time zone or locale, and a build killed midway leaves the previous site as it was.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../src/bench/generate-corpus.ts";
import { npmScriptNodeArgs } from "../../src/bench/npm-script.ts";
import { parseData } from "../../src/content/parse-registries.ts";
import { readContentSources } from "../../src/content/read-content.ts";
import { REPO_ROOT, runScript, treeFingerprint } from "../helpers/run-cli.ts";
import { sampleBuild } from "../helpers/sample-site.ts";

describe("the build's output", () => {
  it("is byte-identical for the same content, whatever TZ and LANG the machine has", () => {
    // The shared sample build ran with vitest's TZ (America/Los_Angeles) and LANG (C).
    const root = mkdtempSync(join(tmpdir(), "khabar-determinism-"));
    const other = runScript("build", ["--out", join(root, "b")], { TZ: "Asia/Tokyo", LANG: "fa_IR.UTF-8" });
    expect(other.status).toBe(0);
    const a = treeFingerprint(sampleBuild());
    expect(Object.keys(a).length).toBeGreaterThan(100);
    expect(treeFingerprint(join(root, "b"))).toEqual(a);
  });

  it("stays as it was when a build is killed with SIGKILL halfway, and the next build clears the leftovers", async () => {
    const root = mkdtempSync(join(tmpdir(), "khabar-kill-"));
    const out = join(root, "dist");
    cpSync(sampleBuild(), out, { recursive: true });
    const before = treeFingerprint(out);

    // A corpus large enough that the build is still writing when it is killed.
    const content = join(root, "content");
    generateCorpus(content, 150, join(REPO_ROOT, "content"), parseData(readContentSources(join(REPO_ROOT, "content"))).registries);
    const child = spawn(process.execPath, [...npmScriptNodeArgs("build"), "--content", content, "--out", out], { cwd: REPO_ROOT });
    const staging = join(dirname(out), `.${basename(out)}.building-${child.pid}`);
    const deadline = Date.now() + 60_000;
    // Kill once pages are being written into the staging folder.
    while (!(existsSync(join(staging, "fa")) || existsSync(join(staging, "en"))) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(existsSync(staging)).toBe(true);
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));

    expect(treeFingerprint(out)).toEqual(before);
    // The killed build's lock is taken over once it is stale (src/output-folder/build-lock.ts).
    const next = runScript("build", ["--out", out]);
    expect([next.status, next.stderr]).toEqual([0, `khabar: another build is writing ${out}; waiting for it to finish\n`]);
    // The output that build replaced is deleted by a detached process: give it a moment.
    const cleared = Date.now() + 20_000;
    while (readdirSync(root).length > 2 && Date.now() < cleared) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(root).sort()).toEqual(["content", "dist"]);
  });
});
