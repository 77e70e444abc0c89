#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/compiled.mjs SCRIPT [ARGS…]`: runs one of khabar's TypeScript scripts compiled to
 * plain JavaScript, as `npm run build` does (`node scripts/compiled.mjs scripts/build.ts`).
 * `node scripts/compiled.mjs` alone only makes sure the compiled copy is up to date.
 *
 * Why: run through tsx, every module passes tsx's loader thread, and every CommonJS package is
 * scanned for its exports, on both of the build's threads. That cost a second of CPU per build,
 * whatever the size of the site. esbuild compiles the scripts, with the packages they use, into a
 * few files, once; each run after that checks the sources' modification times (a few milliseconds)
 * and compiles again only when one changed. The dev server, the tests and the other commands run
 * from the sources, through tsx or vitest, as before.
 *
 * The compiled copies live in `node_modules/.cache/khabar-compiled/`, a folder per compilation.
 * `state.json` names the current one; it is replaced atomically, and a folder is never changed once
 * written, so builds running side by side each keep the copy they started with.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CACHE = join(ROOT, "node_modules", ".cache", "khabar-compiled");
const STATE = join(CACHE, "state.json");

/**
 * Every module a compiled script starts from: the scripts, and the modules that are loaded by
 * path rather than imported (Eleventy's configuration, the build's second thread).
 */
const ENTRY_POINTS = ["scripts/build.ts", "src/bench/baseline-build.ts", ".eleventy.ts", "src/build/second-thread-worker.ts"];

/** The scripts this runs; the other entry points are loaded by them. */
const SCRIPTS = ["scripts/build.ts", "src/bench/baseline-build.ts"];

/**
 * Packages left out of the compiled files and loaded from node_modules: Eleventy and Nunjucks, so
 * that Eleventy and khabar's own page writer share one Nunjucks; esbuild, which runs its own binary.
 */
const EXTERNAL = ["@11ty/eleventy", "nunjucks", "esbuild"];

/** Compilations that are not current are removed once this old: a build that started with one has long ended. */
const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * The folder of the current compilation, if every file it was compiled from is unchanged.
 * @returns {string | undefined}
 */
function upToDateCompilation() {
  let state;
  try {
    state = /** @type {{ dir: string, inputs: Record<string, number> }} */ (JSON.parse(readFileSync(STATE, "utf8")));
    for (const [file, modified] of Object.entries(state.inputs)) {
      if (statSync(join(ROOT, file)).mtimeMs !== modified) return undefined;
    }
    statSync(join(CACHE, state.dir));
  } catch {
    // No state yet, a source that was deleted, or a compilation folder removed by hand.
    return undefined;
  }
  return join(CACHE, state.dir);
}

/**
 * Compiles every entry point into a new folder and makes it the current compilation.
 * @returns {Promise<string>} the new folder
 */
async function compile() {
  const { build } = await import("esbuild");
  mkdirSync(CACHE, { recursive: true });
  const name = `${Date.now().toString(36)}-${process.pid}`;
  const dir = join(CACHE, name);
  const started = Date.now();
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRY_POINTS,
    outdir: `${dir}.partial`,
    outbase: ".",
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: EXTERNAL,
    // CommonJS packages compiled into an ES module still call require() for Node's own modules.
    banner: { js: "import { createRequire as khabarCreateRequire } from 'node:module'; const require = khabarCreateRequire(import.meta.url);" },
    // How the compiled modules find the project's files and each other (src/project-files.ts).
    define: {
      "process.env.KHABAR_COMPILED_DIR": JSON.stringify(dir),
      "process.env.KHABAR_PROJECT_ROOT": JSON.stringify(ROOT),
    },
    metafile: true,
    logLevel: "warning",
  });
  renameSync(`${dir}.partial`, dir);
  /** @type {Record<string, number>} */
  const inputs = {};
  for (const file of [...Object.keys(result.metafile.inputs), "scripts/compiled.mjs"]) {
    const modified = statSync(join(ROOT, file)).mtimeMs;
    // A file saved while it was being compiled may not be in this compilation: the next run compiles again.
    inputs[file] = modified < started ? modified : -1;
  }
  writeFileSync(`${STATE}.${process.pid}`, JSON.stringify({ dir: name, inputs }));
  renameSync(`${STATE}.${process.pid}`, STATE);
  removeStaleCompilations(name);
  return dir;
}

/**
 * Removes old compilation folders other than the current one.
 * @param {string} current
 */
function removeStaleCompilations(current) {
  for (const entry of readdirSync(CACHE, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === current) continue;
    const path = join(CACHE, entry.name);
    if (Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS) rmSync(path, { recursive: true, force: true });
  }
}

const [script, ...args] = process.argv.slice(2);
if (script !== undefined && !SCRIPTS.includes(script)) {
  console.error(`usage: node scripts/compiled.mjs [${SCRIPTS.join(" | ")}] [arguments…]`);
  process.exit(2);
}
const dir = upToDateCompilation() ?? (await compile());
if (script !== undefined) {
  // The script reads its arguments as if Node had started it directly.
  process.argv = [process.argv[0] ?? process.execPath, join(ROOT, script), ...args];
  await import(pathToFileURL(join(dir, script.replace(/\.ts$/, ".mjs"))).href);
}
