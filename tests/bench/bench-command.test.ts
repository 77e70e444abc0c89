/**
 * `npm run bench`: the figures it prints and saves, on a corpus small enough for a test. Its timings
 * are not checked here (speed is never checked by a test); what it counted and how it reports is.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runScript } from "../helpers/run-cli.ts";

interface BenchRun {
  name: string;
  wallSeconds: number;
  pages: number;
}

interface BenchFigures {
  pairs: number;
  runs: number;
  khabar: BenchRun;
  baseline: BenchRun;
  ratio: { wall: number };
  rounds: { khabar: BenchRun; baseline: BenchRun; wallRatio: number }[];
}

describe("npm run bench", () => {
  it("runs khabar and the baseline in turn as often as asked, and reports the medians and each round's ratio", () => {
    const json = join(mkdtempSync(join(tmpdir(), "khabar-bench-test-")), "figures.json");
    const result = runScript("bench", ["--articles", "4", "--runs", "3", "--skip-dev-loop", "--json", json]);
    expect(result.status).toBe(0);
    const figures = JSON.parse(readFileSync(json, "utf8")) as BenchFigures;
    expect([figures.pairs, figures.runs, figures.rounds.length]).toEqual([4, 3, 3]);
    expect(figures.rounds.map((round) => [round.khabar.name, round.baseline.name, round.baseline.pages])).toEqual([
      ["khabar", "baseline", 8],
      ["khabar", "baseline", 8],
      ["khabar", "baseline", 8],
    ]);
    // The median run of three is one of the three, and the ratio is taken between the medians.
    expect(figures.rounds.map((round) => round.khabar.wallSeconds)).toContain(figures.khabar.wallSeconds);
    expect(figures.ratio.wall).toBe(figures.khabar.wallSeconds / figures.baseline.wallSeconds);
    for (const round of figures.rounds) expect(round.wallRatio).toBe(round.khabar.wallSeconds / round.baseline.wallSeconds);
    expect(result.stdout).toMatch(/\(medians of 3 runs\)\n/);
    expect(result.stdout).toMatch(/\neach round, khabar\/baseline wall: (\d+\.\d\d\/\d+\.\d\d s = \d+\.\d\d×, ){2}\d+\.\d\d\/\d+\.\d\d s = \d+\.\d\d×; median \d+\.\d\d×\n/);
  });

  it("refuses a number of runs that is not a whole number", () => {
    const result = runScript("bench", ["--articles", "4", "--runs", "0"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('--runs: expected a whole number of runs, got "0"\nusage: npm run bench -- --articles N [--runs R] [--json FILE] [--keep] [--skip-dev-loop] [--photos]\n');
  });
});
