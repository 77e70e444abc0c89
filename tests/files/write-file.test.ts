import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { copyFileNamingFailures } from "../../src/files/write-file.ts";

describe("copyFileNamingFailures", () => {
  const mounted: string[] = [];
  afterEach(() => {
    for (const dir of mounted.splice(0)) spawnSync("umount", [dir]);
  });

  it("names the file it could not write, not the one it read, when the disk is full", () => {
    const source = join(mkdtempSync(join(tmpdir(), "khabar-copy-")), "photo.webp");
    writeFileSync(source, Buffer.alloc(256 * 1024, 1));
    const disk = mkdtempSync(join(tmpdir(), "khabar-copy-full-"));
    // A tmpfs of 64 KiB, mounted as the tests run (as root, as CI does).
    const mount = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", disk], { encoding: "utf8" });
    if (mount.status !== 0) throw new Error(`mount failed: ${mount.stderr}`);
    mounted.push(disk);
    let failure: NodeJS.ErrnoException | undefined;
    try {
      copyFileNamingFailures(source, join(disk, "photo.webp"));
    } catch (error) {
      failure = error as NodeJS.ErrnoException;
    }
    expect([failure?.code, failure?.path]).toEqual(["ENOSPC", join(disk, "photo.webp")]);
  });
});
