/**
 * A build's second thread for tests that need it to have loaded its modules first, so it takes the
 * first batches of a queue at once and what it does is the same on every run. The thread runs the
 * worker as `npm run build` runs it, compiled (the tests' global set-up compiles it): started from
 * the TypeScript source, each thread would first compile every module it loads, for most of a second.
 */
import { Worker } from "node:worker_threads";
import { join } from "node:path";
import { startSecondThread, type SecondThread } from "../../src/publish/second-thread.ts";
import { COMPILED_DIR } from "../../src/project-files.ts";
import { REPO_ROOT } from "./run-cli.ts";

const COMPILED_WORKER = join(REPO_ROOT, COMPILED_DIR, "src/publish/second-thread-worker.mjs");

/**
 * Runs `work` with a second thread that has loaded its modules, and stops the thread after.
 * @example await withReadyThread((thread) => thread.checkReportFiles(files, "fa"))
 */
export async function withReadyThread<T>(work: (thread: SecondThread) => Promise<T>): Promise<T> {
  const thread = startSecondThread(new Worker(COMPILED_WORKER));
  try {
    // Answered only once the thread is ready: no task is sent before.
    await thread.keptBodies([]);
    return await work(thread);
  } finally {
    await thread.stop();
  }
}
