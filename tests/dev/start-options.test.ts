/**
 * `npm start`'s options: a mistake in them is one line and the usage, exit 2, never a stack trace,
 * and nothing is served.
 */
import { describe, expect, it } from "vitest";
import { runScript } from "../helpers/run-cli.ts";

const USAGE = "usage: npm start -- [--content DIR] [--port 8080] [--host ADDRESS] [--image-cache DIR]\n";

describe("npm start's options", () => {
  it("refuses a port that is no port number and an image cache inside the content, each with the usage", () => {
    const results = [["--port", "80a"], ["--port", "70000"], ["--image-cache", "content/cache"]].map((args) => runScript("start", args));
    expect(results.map(({ status, stdout, stderr }) => [status, stdout, stderr])).toEqual([
      [2, "", `--port: expected a port number from 1 to 65535, got "80a"\n${USAGE}`],
      [2, "", `--port: expected a port number from 1 to 65535, got "70000"\n${USAGE}`],
      [2, "", `--image-cache: content/cache lies in content (--content); give the photos' cache a folder of its own\n${USAGE}`],
    ]);
  });

  it("refuses an unknown option with Node's own words and the usage", () => {
    const { status, stdout, stderr } = runScript("start", ["--bogus"]);
    expect([status, stdout]).toEqual([2, ""]);
    // Node's wording grows from one version to the next; its first words and the usage are ours to check.
    expect(stderr.startsWith("Unknown option '--bogus'")).toBe(true);
    expect(stderr.endsWith(`\n${USAGE}`)).toBe(true);
    expect(stderr.split("\n")).toHaveLength(3);
  });
});
