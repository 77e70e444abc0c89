/**
 * Starting the build's second thread: its own module, light to import, so that `npm run build` can
 * start the thread before the main thread loads the modules of the build (see scripts/build.ts).
 * Both then load their modules side by side, and the second thread is ready to check files sooner.
 */
import type { Worker } from "node:worker_threads";
import { runnableModule } from "../project-files.ts";
import { startModuleWorker } from "./module-worker.ts";

/**
 * The worker the build's second thread runs in (second-thread-worker.ts), loading its modules.
 * @example startSecondThread(startSecondThreadWorker())
 */
export function startSecondThreadWorker(): Worker {
  return startModuleWorker(runnableModule("src/publish/second-thread-worker.ts"), undefined);
}
