/**
 * `npm run measure-zwnj`: the figures docs/typography.md gives for texts outside the repository
 * come from this command, so it must count as the held-out test does.
 */
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { npmScriptNodeArgs } from "../../src/bench/npm-script.ts";
import { REPO_ROOT, runScript } from "../helpers/run-cli.ts";

describe("npm run measure-zwnj", () => {
  it("prints the changes to the text as written and the repair of both damages, as the held-out test counts them", () => {
    const result = runScript("measure-zwnj", ["tests/typography/fixtures/held-out-news-2.txt"]);
    expect([result.status, result.stderr]).toEqual([0, ""]);
    expect(result.stdout).toBe(
      [
        "tests/typography/fixtures/held-out-news-2.txt: 0 changes to the text as written",
        "  ZWNJs deleted: 38 of 38 restored (100.0 %), 38 of 39 changes right",
        "  ZWNJs spaced: 37 of 38 restored (97.4 %), 37 of 38 changes right",
        "",
      ].join("\n"),
    );
  });

  it("lists each wrong change and miss with --list, and asks for a file when given none", () => {
    const listed = runScript("measure-zwnj", ["tests/typography/fixtures/held-out-news-2.txt", "--list"]).stdout.split("\n");
    expect(listed.filter((line) => line.startsWith("    wrong: "))).toEqual(["    wrong: خرید لوازم التحریر و  ⇐ خرید لوازم‹›التحریر و ", "    wrong: خرید لوازم التحریر و  ⇐ خرید لوازم‹›التحریر و "]);
    expect(listed.filter((line) => line.startsWith("    missed: "))).toHaveLength(1);
    const bare = runScript("measure-zwnj", []);
    expect([bare.status, bare.stderr]).toEqual([2, "usage: npm run measure-zwnj -- FILE… [--list]\n"]);
  });

  it("stops quietly when its reader closes the pipe early, as `| head` does", async () => {
    const child = spawn(process.execPath, [...npmScriptNodeArgs("measure-zwnj"), "tests/typography/fixtures/held-out-real.txt", "--list"], { cwd: REPO_ROOT });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Read the first line, then close the pipe while the listing goes on.
    child.stdout.once("data", () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect([status, stderr]).toEqual([0, ""]);
  });
});
