/**
 * The real `npm run build` and its output folder: a refused folder is left untouched, two builds into
 * one folder take turns, and a full or read-only disk ends in one plain line with the old site intact.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { npmScriptNodeArgs } from "../../src/bench/npm-script.ts";
import { lockOutputFolder } from "../../src/output-folder/build-lock.ts";
import { REPO_ROOT, runScript, treeFingerprint } from "../helpers/run-cli.ts";
import { sampleBuild } from "../helpers/sample-site.ts";

describe("a build refused its output folder", () => {
  it("says why in one line and touches nothing, for the content folder, the project and a folder of other files", () => {
    const root = mkdtempSync(join(tmpdir(), "khabar-refused-"));
    const content = join(root, "content");
    cpSync(join(REPO_ROOT, "content"), content, { recursive: true });
    const photos = join(root, "photos");
    cpSync(join(REPO_ROOT, "layouts/assets"), photos, { recursive: true });
    const before = treeFingerprint(root);
    const runs = [
      runScript("build", ["--content", content, "--out", content]),
      runScript("build", ["--content", content, "--out", "."]),
      runScript("build", ["--content", content, "--out", photos]),
    ];
    expect(runs.map((run) => [run.status, run.stdout, run.stderr])).toEqual([
      [1, "", `khabar: --out ${content}: refused: it is the content folder; build into a folder of its own, such as dist\n`],
      [1, "", "khabar: --out .: refused: it is the project's own folder; build into a folder of its own, such as dist\n"],
      [1, "", `khabar: --out ${photos}: refused: it is not empty and khabar did not write it (it has no .khabar-site); choose a new or empty folder, or empty this one yourself\n`],
    ]);
    expect(treeFingerprint(root)).toEqual(before);
    expect(readdirSync(root).sort()).toEqual(["content", "photos"]);
  });
});

describe("two builds into one folder at once", () => {
  it("take turns: each waits while another holds the folder, both succeed, and the folder holds one complete site, as a lone build writes it", async () => {
    const root = mkdtempSync(join(tmpdir(), "khabar-two-builds-"));
    const out = join(root, "dist");
    // The test holds the folder first, as a long build would, so that both builds must wait however
    // the machine schedules them; then lets go, and the two take their turns.
    const held = await lockOutputFolder(out, () => undefined);
    const build = () => spawn(process.execPath, [...npmScriptNodeArgs("build"), "--out", out], { cwd: REPO_ROOT });
    const builds = [build(), build()];
    const said = ["", ""];
    builds.forEach((child, at) => child.stderr.on("data", (chunk: Buffer) => (said[at] += chunk.toString())));
    const exits = builds.map((child) => new Promise((resolve) => child.once("exit", resolve)));
    const waiting = `khabar: another build is writing ${out}; waiting for it to finish\n`;
    const deadline = Date.now() + 30_000;
    while (!said.every((text) => text === waiting) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(readdirSync(root)).toEqual([".dist.lock"]);
    await held.release();
    expect(await Promise.all(exits)).toEqual([0, 0]);
    expect(said).toEqual([waiting, waiting]);
    expect(treeFingerprint(out)).toEqual(treeFingerprint(sampleBuild()));
    const cleared = Date.now() + 20_000;
    while (readdirSync(root).length > 1 && Date.now() < cleared) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(root)).toEqual(["dist"]);
  });
});

describe("a disk that fails the build", () => {
  const mounted: string[] = [];
  afterEach(() => {
    // The read-only folder is mounted twice over itself: unmounted last first.
    for (const dir of mounted.splice(0).reverse()) spawnSync("umount", [dir]);
  });

  /** Runs `mount` (the tests run as root, as CI does) and remembers to undo it. */
  function mount(args: readonly string[], dir: string): void {
    const result = spawnSync("mount", [...args, dir], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`mount ${args.join(" ")} ${dir} failed: ${result.stderr}`);
    mounted.push(dir);
  }

  it("full: one line naming the file and the cause, no stack trace, exit 1, the old site intact and no staging folder left", () => {
    const disk = mkdtempSync(join(tmpdir(), "khabar-full-"));
    mount(["-t", "tmpfs", "-o", "size=3500k", "tmpfs"], disk);
    const out = join(disk, "dist");
    cpSync(sampleBuild(), out, { recursive: true });
    const before = treeFingerprint(out);
    const result = runScript("build", ["--out", out]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(new RegExp(`^khabar: could not write ${disk}/\\.dist\\.building-\\d+/[^ ]+: the disk is full \\(ENOSPC\\); ${out} was left as it was\\n$`));
    expect(treeFingerprint(out)).toEqual(before);
    expect(readdirSync(disk)).toEqual(["dist"]);
  });

  it("read-only: one line naming the folder and the cause, exit 1, the old site intact", () => {
    const folder = mkdtempSync(join(tmpdir(), "khabar-read-only-"));
    const out = join(folder, "dist");
    cpSync(sampleBuild(), out, { recursive: true });
    const before = treeFingerprint(out);
    mount(["--bind", folder], folder);
    mount(["-o", "remount,bind,ro"], folder);
    const result = runScript("build", ["--out", out]);
    expect([result.status, result.stdout, result.stderr]).toEqual([1, "", `khabar: could not write ${folder}/.dist.lock: the file system is read-only (EROFS); ${out} was left as it was\n`]);
    expect(treeFingerprint(out)).toEqual(before);
  });
});
