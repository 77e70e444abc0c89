/**
 * The build's output is deterministic and never half-written: the same content gives the same bytes
 * whatever the time zone or locale, and a build killed midway leaves the previous site as it was.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../src/bench/generate-corpus.ts";
import { npmScriptNodeArgs } from "../../src/bench/npm-script.ts";
import { parseData } from "../../src/content/parse-registries.ts";
import { readContentSources } from "../../src/content/read-content.ts";
import { REPO_ROOT, runScript, treeFingerprint } from "../helpers/run-cli.ts";

describe("the build's output", () => {
  it("is byte-identical for the same content, whatever TZ and LANG the machine has", () => {
    const root = mkdtempSync(join(tmpdir(), "khabar-determinism-"));
    const first = runScript("build", ["--out", join(root, "a")], { TZ: "UTC", LANG: "C" });
    const second = runScript("build", ["--out", join(root, "b")], { TZ: "Asia/Tokyo", LANG: "fa_IR.UTF-8" });
    expect([first.status, second.status]).toEqual([0, 0]);
    const a = treeFingerprint(join(root, "a"));
    expect(Object.keys(a).length).toBeGreaterThan(100);
    expect(treeFingerprint(join(root, "b"))).toEqual(a);
  });

  it("has report and list pages, written by two threads, byte-identical to the ones a plain Eleventy run renders", () => {
    const root = mkdtempSync(join(tmpdir(), "khabar-two-paths-"));
    expect(runScript("build", ["--out", join(root, "build")]).status).toBe(0);
    // Eleventy run directly: the plugin loads the site and Eleventy renders every page itself.
    const eleventy = spawnSync(process.execPath, ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", `--output=${join(root, "eleventy")}`], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      env: { ...process.env, KHABAR_CONTENT: "content" },
    });
    expect(eleventy.status).toBe(0);
    // The pages the build streams itself (reports, lists, archive months, entities) and, alike in form, the entity indexes.
    const streamed = (tree: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(tree).filter(([path]) => /^(fa|en)\/(news|archive\/\d+\/\d+|people|organizations|venues|topics)\/([a-z0-9-]+\/)?index\.html$/.test(path)),
      );
    const built = streamed(treeFingerprint(join(root, "build")));
    expect(Object.keys(built).length).toBe(100);
    expect(streamed(treeFingerprint(join(root, "eleventy")))).toEqual(built);
  });

  it("stays as it was when a build is killed with SIGKILL halfway, and the next build clears the leftovers", async () => {
    const root = mkdtempSync(join(tmpdir(), "khabar-kill-"));
    const out = join(root, "dist");
    expect(runScript("build", ["--out", out]).status).toBe(0);
    const before = treeFingerprint(out);

    // A corpus large enough that the build is still writing when it is killed.
    const content = join(root, "content");
    generateCorpus(content, 400, join(REPO_ROOT, "content"), parseData(readContentSources(join(REPO_ROOT, "content"))).registries);
    const child = spawn(process.execPath, [...npmScriptNodeArgs("build"), "--content", content, "--out", out], { cwd: REPO_ROOT });
    const staging = join(dirname(out), `.${basename(out)}.building-${child.pid}`);
    const deadline = Date.now() + 60_000;
    // Kill once Eleventy has started writing pages into the staging folder.
    while (!(existsSync(join(staging, "fa")) || existsSync(join(staging, "en"))) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(existsSync(staging)).toBe(true);
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));

    expect(treeFingerprint(out)).toEqual(before);
    expect(runScript("build", ["--out", out]).status).toBe(0);
    // The output that build replaced is deleted by a detached process: give it a moment.
    const cleared = Date.now() + 20_000;
    while (readdirSync(root).length > 2 && Date.now() < cleared) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(root).sort()).toEqual(["content", "dist"]);
  });
});
