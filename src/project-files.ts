/**
 * Files of khabar itself (not of the site it builds), found alike whether the code runs from its
 * TypeScript sources (tsx, vitest) or compiled by `scripts/compiled.mjs`, as `npm run build` runs
 * it. The compiler replaces the two `process.env` names below with the compiled copy's folder and
 * the project's root; run from the sources, they are unset.
 */
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const COMPILED_DIR: string | undefined = process.env.KHABAR_COMPILED_DIR;
const PROJECT_ROOT: string = process.env.KHABAR_PROJECT_ROOT ?? fileURLToPath(new URL("..", import.meta.url));

/**
 * The absolute path of a file of the project, from its path relative to the project's root.
 * @example projectFile("src/search/search-page.ts") // "/home/press/khabar/src/search/search-page.ts"
 */
export function projectFile(path: string): string {
  return join(PROJECT_ROOT, path);
}

/**
 * The module to load for a TypeScript source of the project: the source itself, or its compiled copy.
 * @example runnableModule("src/build/second-thread-worker.ts").href // "file:///home/press/khabar/src/build/second-thread-worker.ts"
 * @example runnableModule(".eleventy.ts").href // "file:///home/press/khabar/node_modules/.cache/khabar-compiled/mfx1-42/.eleventy.mjs" when compiled
 */
export function runnableModule(path: string): URL {
  return pathToFileURL(COMPILED_DIR === undefined ? projectFile(path) : join(COMPILED_DIR, path.replace(/\.ts$/, ".mjs")));
}

