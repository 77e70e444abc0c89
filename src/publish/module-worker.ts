/**
 * Starting a worker thread on one of khabar's modules, run from its TypeScript source or compiled
 * (see src/project-files.ts). Node runs a worker's entry file with its own loaders, and tsx's hooks
 * from the command line do not reach it (Node 20), so a worker on a TypeScript source first
 * registers tsx itself and then imports the module; a compiled module needs nothing of the kind.
 */
import { Worker } from "node:worker_threads";

/**
 * A worker running `entry` (a module's URL) with `workerData`.
 * @example startModuleWorker(runnableModule("src/publish/second-thread-worker.ts"), undefined)
 */
export function startModuleWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith(".ts")) return new Worker(entry, { workerData });
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
