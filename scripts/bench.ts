/**
 * `npm run bench -- --articles N [--runs R] [--json FILE] [--keep] [--skip-dev-loop] [--photos]`: builds a
 * generated corpus of N report pairs with the real `npm run build`, and with a plain-Node baseline
 * that only reads, parses, renders and writes the report pages, and with Hugo when it is installed
 * (src/bench/hugo-site.ts), then prints wall time, CPU time, pages, pages per second and peak memory
 * of each, and their ratios (contract §8; Hugo is the generator khabar must beat). With `--runs R`
 * both run R times, one after the other, and the medians are printed, with each round's ratio:
 * one run says little on machines whose speed varies by a third from one minute to the next. Then it starts `npm start` on the
 * same corpus and times how long a saved report takes to reach the browser. With `--photos`, the
 * same corpus with a lead photo in every report (from a pool of {@link PHOTO_POOL} distinct photos)
 * is built once with an empty image cache, then in turn with the photo-less corpus, its photos all
 * cached. Speed targets are checked with this, never in tests.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateCorpus } from "../src/bench/generate-corpus.ts";
import { countHtmlPages, installedHugo, writeHugoSite } from "../src/bench/hugo-site.ts";
import { writePhotoPool } from "../src/bench/photo-pool.ts";
import { measureDevLoop, type DevLoopFigures } from "../src/bench/measure-dev-loop.ts";
import { parseData } from "../src/content/parse-registries.ts";
import { readContentSources } from "../src/content/read-content.ts";
import { freePort } from "../src/bench/free-port.ts";
import { npmScriptNodeArgs } from "../src/bench/npm-script.ts";
import { COMPILED_DIR } from "../src/project-files.ts";
import { indexBuildFigures, queryDownload } from "../src/search/search-figures.ts";
import { loadSite } from "../src/site/load-site.ts";

interface Run {
  readonly name: string;
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly pages: number;
  readonly pagesPerSecond: number;
  readonly peakRssMiB: number;
}

const USAGE = "usage: npm run bench -- --articles N [--runs R] [--json FILE] [--keep] [--skip-dev-loop] [--photos]";
/** How many distinct photos the reports of `--photos` share: each stands at the head of articles ÷ 100 report pairs. */
const PHOTO_POOL = 100;
const USAGE_REPORTER = join(import.meta.dirname, "../src/bench/report-usage.cjs");
/** Compiles the build and the baseline to plain JavaScript, as `npm run prebuild` does: both run compiled. */
const COMPILER = "scripts/compile.mjs";
/** The baseline's compiled copy (src/bench/baseline-build.ts). */
const COMPILED_BASELINE = join(COMPILED_DIR, "src/bench/baseline-build.mjs");

function run(name: string, nodeArgs: readonly string[], args: readonly string[], workDir: string): Run {
  const usageFile = join(workDir, `${name}-usage.json`);
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--require", USAGE_REPORTER, ...nodeArgs, ...args], {
    encoding: "utf8",
    env: { ...process.env, KHABAR_USAGE_FILE: usageFile },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallSeconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${name} failed (${result.status}):\n${result.stderr}${result.stdout}`);
  const pages = Number(/wrote (\d+) pages/.exec(result.stdout)?.[1] ?? NaN);
  const usage = JSON.parse(readFileSync(usageFile, "utf8")) as { maxRssKiB: number; userMicros: number; systemMicros: number };
  return {
    name,
    wallSeconds,
    cpuSeconds: (usage.userMicros + usage.systemMicros) / 1e6,
    pages,
    pagesPerSecond: pages / wallSeconds,
    peakRssMiB: usage.maxRssKiB / 1024,
  };
}

/** GNU time, for a program that is not Node: its CPU time and peak memory. */
const GNU_TIME = "/usr/bin/time";

/**
 * Hugo's run on the Hugo site of the corpus: wall time, and CPU time and peak RSS when GNU time is
 * installed (NaN when not); its pages are the HTML files it wrote, as it prints no count.
 */
function runHugo(siteDir: string, outDir: string, workDir: string): Run {
  const usageFile = join(workDir, "hugo-usage.txt");
  const withTime = existsSync(GNU_TIME);
  const [command, args] = withTime
    ? [GNU_TIME, ["-f", "%U %S %M", "-o", usageFile, "hugo", "--quiet", "--source", siteDir, "--destination", outDir]]
    : ["hugo", ["--quiet", "--source", siteDir, "--destination", outDir]];
  const started = performance.now();
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const wallSeconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`hugo failed (${result.status}):\n${result.stderr}${result.stdout}`);
  const [user = NaN, system = NaN, maxRssKiB = NaN] = withTime ? readFileSync(usageFile, "utf8").trim().split(/\s+/).map(Number) : [];
  const pages = countHtmlPages(outDir);
  return { name: "hugo", wallSeconds, cpuSeconds: user + system, pages, pagesPerSecond: pages / wallSeconds, peakRssMiB: maxRssKiB / 1024 };
}

/**
 * The median of each figure of several runs of one build.
 * @example medianRun([khabar1, khabar2, khabar3]).wallSeconds // the middle of the three wall times
 */
function medianRun(runs: readonly Run[]): Run {
  const middle = (figure: (run: Run) => number) => median(runs.map(figure));
  const wallSeconds = middle((run) => run.wallSeconds);
  const pages = middle((run) => run.pages);
  return {
    name: runs[0]?.name ?? "",
    wallSeconds,
    cpuSeconds: middle((run) => run.cpuSeconds),
    pages,
    pagesPerSecond: pages / wallSeconds,
    peakRssMiB: middle((run) => run.peakRssMiB),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** Broad two-word queries of the generated reports, one a language: each matches most of them. */
const BROAD_QUERIES = [
  ["fa", "وزیر ارتباطات"],
  ["en", "minister communications"],
] as const;

/** The search index's build time on one thread, and what one broad query downloads on the site just built. */
function printSearchFigures(content: string, siteDir: string): void {
  const { model } = loadSite({ contentDir: content, baseUrl: undefined, pathPrefix: "/", includeDrafts: false }, "/");
  const builds = indexBuildFigures(model);
  const each = builds.map((build) => `${build.lang} ${(build.ms / 1000).toFixed(2)} s (${(build.bytes / 2 ** 20).toFixed(1)} MiB)`);
  console.log(`search index, one thread: ${each.join(", ")}`);
  for (const [lang, query] of BROAD_QUERIES) {
    const download = queryDownload(siteDir, lang, query, 10);
    const sum = (figure: "bytes" | "gzipped") => download.files.reduce((total, file) => total + file[figure], 0) / 1024;
    console.log(
      `search "${query}": ${download.results} results; page, stylesheet, script and index, first 10 results: ${download.files.length} files, ${sum("bytes").toFixed(0)} KiB, ${sum("gzipped").toFixed(0)} KiB gzipped`,
    );
  }
}

/**
 * The photo figures: the first build of the corpus with photos (an empty image cache), then builds
 * without and with photos in turn, the photos cached.
 */
async function benchPhotos(workDir: string, plainContent: string, pairs: number, runs: number) {
  const content = join(workDir, "content-photos");
  const pool = await writePhotoPool(join(content, "media", "bench"), "bench", PHOTO_POOL);
  generateCorpus(content, pairs, "content", parseData(readContentSources("content")).registries, pool);
  const cache = join(workDir, "image-cache");
  const build = (name: string, from: string, out: string) => {
    const result = run(name, npmScriptNodeArgs("build"), ["--content", from, "--out", join(workDir, out), "--image-cache", cache], workDir);
    rmSync(join(workDir, out), { recursive: true, force: true });
    return result;
  };
  const first = build("photos-first", content, "photos-first");
  console.log(
    `photos: ${pairs} report pairs, ${PHOTO_POOL} distinct photos; first build ${first.wallSeconds.toFixed(2)} s wall, ${first.cpuSeconds.toFixed(2)} s CPU: ${(first.cpuSeconds / first.wallSeconds).toFixed(2)} of ${availableParallelism()} cores busy on average`,
  );
  const rounds: { plain: Run; cached: Run }[] = [];
  for (let round = 1; round <= runs; round++) {
    rounds.push({ plain: build("photos-none", plainContent, `photos-none-${round}`), cached: build("photos-cached", content, `photos-cached-${round}`) });
  }
  const plain = medianRun(rounds.map((round) => round.plain));
  const cached = medianRun(rounds.map((round) => round.cached));
  const ratio = cached.wallSeconds / plain.wallSeconds;
  console.log(
    `photos cached: ${cached.wallSeconds.toFixed(2)} s, without photos ${plain.wallSeconds.toFixed(2)} s: ${ratio.toFixed(2)}×${runs > 1 ? ` (medians of ${runs} runs)` : ""}; peak RSS ${cached.peakRssMiB.toFixed(0)} / ${plain.peakRssMiB.toFixed(0)} MiB`,
  );
  return { pool: PHOTO_POOL, first, plain, cached, ratio };
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        articles: { type: "string", default: "1000" },
        runs: { type: "string", default: "1" },
        json: { type: "string" },
        keep: { type: "boolean", default: false },
        "skip-dev-loop": { type: "boolean", default: false },
        photos: { type: "boolean", default: false },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const pairs = Number(values.articles);
  if (!Number.isInteger(pairs) || pairs < 1) {
    console.error(`--articles: expected a whole number of report pairs, got "${values.articles}"\n${USAGE}`);
    return 2;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`--runs: expected a whole number of runs, got "${values.runs}"\n${USAGE}`);
    return 2;
  }
  const workDir = mkdtempSync(join(tmpdir(), "khabar-bench-"));
  try {
    const content = join(workDir, "content");
    const generating = performance.now();
    generateCorpus(content, pairs, "content", parseData(readContentSources("content")).registries);
    console.log(`khabar bench: ${pairs} report pairs generated in ${((performance.now() - generating) / 1000).toFixed(1)} s in ${workDir}`);
    // Compiled once before either is timed, so neither run pays for it.
    const compiling = spawnSync(process.execPath, [COMPILER], { encoding: "utf8" });
    if (compiling.status !== 0) throw new Error(`${COMPILER} failed (${compiling.status}):\n${compiling.stderr}`);
    // Hugo too, on the same reports, when it is installed: khabar should be the faster.
    const hugoVersion = installedHugo();
    const hugoSite = join(workDir, "hugo-site");
    if (hugoVersion !== undefined) writeHugoSite(content, hugoSite);
    const rounds: { khabar: Run; baseline: Run; hugo?: Run; wallRatio: number }[] = [];
    for (let round = 1; round <= runs; round++) {
      // Each run writes into a new folder, removed once it is measured: a build that replaced an
      // earlier output would delete it in the background while the next run is timed.
      const khabarOut = join(workDir, `dist-${round}`);
      const baselineOut = join(workDir, `baseline-${round}`);
      const khabarRun = run("khabar", npmScriptNodeArgs("build"), ["--content", content, "--out", khabarOut], workDir);
      if (round === 1) printSearchFigures(content, khabarOut);
      rmSync(khabarOut, { recursive: true, force: true });
      const baselineRun = run("baseline", [COMPILED_BASELINE], [content, baselineOut], workDir);
      rmSync(baselineOut, { recursive: true, force: true });
      let hugoRun: Run | undefined;
      if (hugoVersion !== undefined) {
        const hugoOut = join(workDir, `hugo-${round}`);
        hugoRun = runHugo(hugoSite, hugoOut, workDir);
        rmSync(hugoOut, { recursive: true, force: true });
      }
      rounds.push({ khabar: khabarRun, baseline: baselineRun, hugo: hugoRun, wallRatio: khabarRun.wallSeconds / baselineRun.wallSeconds });
    }
    const khabar = medianRun(rounds.map((round) => round.khabar));
    const baseline = medianRun(rounds.map((round) => round.baseline));
    const hugoRuns = rounds.flatMap((round) => (round.hugo === undefined ? [] : [round.hugo]));
    const hugo = hugoRuns.length > 0 ? medianRun(hugoRuns) : undefined;
    const rows = [khabar, baseline, ...(hugo === undefined ? [] : [hugo])].map(
      (r) =>
        `${r.name.padEnd(9)} ${r.wallSeconds.toFixed(2).padStart(8)} s ${r.cpuSeconds.toFixed(2).padStart(8)} s ${String(r.pages).padStart(7)} ${r.pagesPerSecond.toFixed(0).padStart(9)} ${r.peakRssMiB.toFixed(0).padStart(8)} MiB`,
    );
    const ratio = {
      wall: khabar.wallSeconds / baseline.wallSeconds,
      cpu: khabar.cpuSeconds / baseline.cpuSeconds,
      timePerPage: khabar.wallSeconds / khabar.pages / (baseline.wallSeconds / baseline.pages),
      peakRss: khabar.peakRssMiB / baseline.peakRssMiB,
    };
    console.log(`node ${process.version}, ${availableParallelism()} cores`);
    console.log(`              wall        cpu   pages   pages/s  peak RSS${runs > 1 ? `   (medians of ${runs} runs)` : ""}`);
    for (const row of rows) console.log(row);
    console.log(
      `khabar/baseline: wall ${ratio.wall.toFixed(2)}×, cpu ${ratio.cpu.toFixed(2)}×, time per page ${ratio.timePerPage.toFixed(2)}×, peak RSS ${ratio.peakRss.toFixed(2)}×`,
    );
    if (runs > 1) {
      const each = rounds.map((round) => `${round.khabar.wallSeconds.toFixed(2)}/${round.baseline.wallSeconds.toFixed(2)} s = ${round.wallRatio.toFixed(2)}×`);
      console.log(`each round, khabar/baseline wall: ${each.join(", ")}; median ${median(rounds.map((round) => round.wallRatio)).toFixed(2)}×`);
    }
    if (hugo === undefined) console.log("hugo: not installed, not compared (apt-get install hugo)");
    else {
      console.log(`khabar/hugo (${hugoVersion}): wall ${(khabar.wallSeconds / hugo.wallSeconds).toFixed(2)}×, time per page ${(khabar.wallSeconds / khabar.pages / (hugo.wallSeconds / hugo.pages)).toFixed(2)}×`);
    }
    let devLoop: DevLoopFigures | undefined;
    if (!values["skip-dev-loop"]) {
      devLoop = await measureDevLoop(content, await freePort());
      const spread = (values: readonly number[]) => `median ${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;
      console.log(
        `dev loop (npm start): serving after ${(devLoop.startMs / 1000).toFixed(1)} s; ${devLoop.pageMs.length} saves reached the browser in ${spread(devLoop.pageMs)}; peak RSS ${devLoop.peakRssMiB.toFixed(0)} MiB`,
      );
    }
    const photos = values.photos ? await benchPhotos(workDir, content, pairs, runs) : undefined;
    if (values.json !== undefined) {
      const figures = { pairs, node: process.version, cores: availableParallelism(), runs, khabar, baseline, hugo, hugoVersion, ratio, rounds, devLoop, photos };
      writeFileSync(values.json, `${JSON.stringify(figures, null, 2)}\n`);
    }
    return 0;
  } finally {
    if (!values.keep) rmSync(workDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
