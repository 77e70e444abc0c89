/**
 * Starting a worker thread on a TypeScript module. Node runs a worker's entry file with its own
 * loaders, and tsx's hooks from the command line do not reach it (Node 20), so the worker first
 * registers tsx itself and then imports the module.
 */
import { Worker } from "node:worker_threads";

const TSX_API = import.meta.resolve("tsx/esm/api");

/**
 * A worker running `entry` (a TypeScript module's URL) with `workerData`.
 * @example startTypeScriptWorker(new URL("./second-thread-worker.ts", import.meta.url), {})
 */
export function startTypeScriptWorker(entry: URL, workerData: unknown): Worker {
  const bootstrap = `import(${JSON.stringify(TSX_API)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
