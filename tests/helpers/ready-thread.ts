/**
 * A build's second thread for tests that need it to have loaded its modules first, so it takes the
 * first batches of a queue at once and what it does is the same on every run.
 */
import { startSecondThread, type SecondThread } from "../../src/publish/second-thread.ts";

/**
 * Runs `work` with a second thread that has loaded its modules, and stops the thread after.
 * @example await withReadyThread((thread) => thread.checkReportFiles(files, "fa"))
 */
export async function withReadyThread<T>(work: (thread: SecondThread) => Promise<T>): Promise<T> {
  const thread = startSecondThread();
  try {
    // Answered only once the thread is ready: no task is sent before.
    await thread.keptBodies([]);
    return await work(thread);
  } finally {
    await thread.stop();
  }
}
