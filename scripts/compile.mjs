#!/usr/bin/env node
// @ts-check
/**
 * `npm run prebuild` (npm runs it before every `npm run build`, and as `precheck` and `prenew` before
 * `check` and `new`): compiles those commands' TypeScript to plain JavaScript with esbuild, into
 * `node_modules/.cache/khabar/` (src/project-files.ts).
 *
 * Why compile: run through tsx, every module passes tsx's loader thread and every CommonJS package is
 * scanned for its exports, on both of the build's threads; that cost about a second of CPU per build,
 * whatever the size of the site (docs/performance.md). The dev server, the tests and the other
 * commands run from the sources through tsx or vitest.
 *
 * Each file is written beside its target and renamed over it, so a build that starts while another
 * compiles never loads half a file; the same sources always give the same bytes. A partial file that
 * a killed compilation left behind is removed by a later one.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = join(ROOT, "node_modules", ".cache", "khabar");

/**
 * Every module that is run or loaded by path: the build, `check` and `new`, the benchmark's
 * baseline, the build's second thread (a worker), and the site's Eleventy configuration (loaded by
 * Eleventy). `npm start` and `npm run bench` run from the sources through tsx.
 */
const ENTRY_POINTS = ["scripts/build.ts", "scripts/check.ts", "scripts/new.ts", "src/bench/baseline-build.ts", "src/publish/second-thread-worker.ts", ".eleventy.ts"];

/**
 * Packages loaded from node_modules rather than compiled in: Eleventy, and Nunjucks, which Eleventy
 * and khabar's renderer must share; esbuild, which runs its own binary; eleventy-img and sharp, whose
 * native libvips is loaded from its package.
 */
const EXTERNAL = ["@11ty/eleventy", "nunjucks", "esbuild", "@11ty/eleventy-img", "sharp"];

/** A partial file this old was left by a compilation that was killed before its rename. */
const LEFT_BEHIND_MS = 10 * 60 * 1000;

const earlier = existsSync(OUT) ? readdirSync(OUT, { recursive: true, withFileTypes: true, encoding: "utf8" }) : [];
for (const entry of earlier.filter((entry) => entry.name.endsWith(".partial"))) {
  const path = join(entry.parentPath, entry.name);
  if (Date.now() - statSync(path).mtimeMs > LEFT_BEHIND_MS) rmSync(path, { force: true });
}

const result = await build({
  absWorkingDir: ROOT,
  entryPoints: ENTRY_POINTS,
  outdir: OUT,
  outbase: ".",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: EXTERNAL,
  // CommonJS packages compiled into an ES module still call require() for Node's own modules.
  banner: { js: "import { createRequire as khabarCreateRequire } from 'node:module'; const require = khabarCreateRequire(import.meta.url);" },
  write: false,
  logLevel: "warning",
});
for (const file of result.outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  const partial = `${file.path}.${process.pid}.partial`;
  writeFileSync(partial, file.contents);
  renameSync(partial, file.path);
}
