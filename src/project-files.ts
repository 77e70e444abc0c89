/**
 * Files of khabar itself (not of the site it builds): its layouts, its sources, its compiled
 * scripts. Found from where this module runs, never from the working directory, so a build started
 * from any folder renders with the project's own layouts.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The package name that marks the project's root folder. */
const PACKAGE_NAME = "khabar";

/**
 * Where `npm run prebuild` (scripts/compile.mjs) puts the scripts compiled to plain JavaScript,
 * relative to the project's root.
 */
export const COMPILED_DIR = "node_modules/.cache/khabar";

const HERE = fileURLToPath(import.meta.url);
/** Run from a TypeScript source (tsx, vitest), or from the compiled copy that `npm run build` runs. */
const RUNNING_COMPILED = !HERE.endsWith(".ts");
const PROJECT_ROOT = projectRootAbove(dirname(HERE));

/** The nearest folder above `dir` whose package.json is khabar's: the sources sit in it, the compiled copy below it. */
function projectRootAbove(dir: string): string {
  for (let folder = dir; ; folder = dirname(folder)) {
    const manifest = join(folder, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === PACKAGE_NAME) return folder;
    if (dirname(folder) === folder) throw new Error(`khabar: no package.json named "${PACKAGE_NAME}" above ${dir}`);
  }
}

/**
 * The absolute path of a file of the project, from its path relative to the project's root.
 * @example projectFile("layouts/report.njk") // "/home/press/khabar/layouts/report.njk"
 */
export function projectFile(path: string): string {
  return join(PROJECT_ROOT, path);
}

/**
 * The module to load for a TypeScript source of the project: the source itself, or its compiled copy
 * when this code runs compiled.
 * @example runnableModule("src/publish/second-thread-worker.ts").href // "file:///home/press/khabar/src/publish/second-thread-worker.ts"
 * @example runnableModule(".eleventy.ts").href // "file:///home/press/khabar/node_modules/.cache/khabar/.eleventy.mjs" when compiled
 */
export function runnableModule(path: string): URL {
  return pathToFileURL(RUNNING_COMPILED ? join(PROJECT_ROOT, COMPILED_DIR, path.replace(/\.ts$/, ".mjs")) : projectFile(path));
}
