/**
 * `npm run build` runs the build compiled by `npm run prebuild` (scripts/compile.mjs); the compiled
 * build writes, byte for byte, what the build run from its TypeScript sources writes.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sampleBuild } from "../helpers/sample-site.ts";
import { REPO_ROOT, treeFingerprint } from "../helpers/run-cli.ts";

describe("npm run build", () => {
  it("writes from its compiled copy what the build run from its TypeScript sources writes, and says how many pages", () => {
    const out = join(mkdtempSync(join(tmpdir(), "khabar-sources-")), "dist");
    const fromSources = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", out], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(fromSources.status).toBe(0);
    expect(fromSources.stdout).toMatch(/^khabar: wrote 119 pages to .*dist in \d+\.\d\d s\n$/);
    expect(treeFingerprint(out)).toEqual(treeFingerprint(sampleBuild()));
  });

  it("refuses an engine it does not have, with its usage", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--engine", "hugo"], { cwd: REPO_ROOT, encoding: "utf8" });
    expect([result.status, result.stderr]).toEqual([
      2,
      '--engine: expected khabar or eleventy, got "hugo"\nusage: npm run build -- [--content DIR] [--out DIR] [--base-url URL] [--path-prefix /sub/] [--engine khabar|eleventy] [--image-cache DIR] [--verbose]\n',
    ]);
  });
});

describe("npm run build --image-cache", () => {
  it("refuses a photo cache inside the content folder or the output folder, which are not khabar's to fill", () => {
    const run = (cache: string) => spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", "/tmp/khabar-never-written", "--image-cache", cache], { cwd: REPO_ROOT, encoding: "utf8" });
    const usage = "usage: npm run build -- [--content DIR] [--out DIR] [--base-url URL] [--path-prefix /sub/] [--engine khabar|eleventy] [--image-cache DIR] [--verbose]\n";
    expect([run("content/media/cache"), run("/tmp/khabar-never-written")].map((result) => [result.status, result.stderr])).toEqual([
      [2, `--image-cache: content/media/cache lies in content (--content); give the photos' cache a folder of its own\n${usage}`],
      [2, `--image-cache: /tmp/khabar-never-written lies in /tmp/khabar-never-written (--out); give the photos' cache a folder of its own\n${usage}`],
    ]);
  });
});
