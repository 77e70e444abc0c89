/**
 * The main thread's handle on the build's second thread (page-writer-worker.ts).
 */
import type { Worker } from "node:worker_threads";
import type { ReportPage } from "../site/site-model.ts";
import type { PageWriterBatch, PageWriterResult } from "./page-writer-worker.ts";
import { startTypeScriptWorker } from "./typescript-worker.ts";

/**
 * Pages travel to the thread in batches, a few at a time, so neither thread ever holds a second
 * copy of thousands of pages: at 10,000 report pairs, sending them all at once added 230 MiB.
 */
const PAGES_PER_BATCH = 100;
const BATCHES_IN_FLIGHT = 3;

export interface PageWriter {
  /**
   * Has the thread write these report pages below `siteDir`; settles when they are written. The
   * main thread must let its event loop run now and then meanwhile, to send the next batches.
   */
  writeReportPages(reports: readonly ReportPage[], siteDir: string): Promise<void>;
  /** Ends the thread, whatever it was doing; safe to call more than once. */
  stop(): Promise<void>;
}

/**
 * Starts the second thread, which loads its modules while the main thread reads the content.
 * @example const writer = startPageWriter(); await writer.writeReportPages(pages, staging); await writer.stop();
 */
export function startPageWriter(): PageWriter {
  const worker: Worker = startTypeScriptWorker(new URL("./page-writer-worker.ts", import.meta.url), undefined);
  let stopped: Promise<void> | undefined;
  return {
    writeReportPages(reports, siteDir) {
      return new Promise<void>((resolve, reject) => {
        const batches = Math.ceil(reports.length / PAGES_PER_BATCH);
        let sent = 0;
        let written = 0;
        const sendNext = () => {
          const batch = batchOf(reports.slice(sent * PAGES_PER_BATCH, (sent + 1) * PAGES_PER_BATCH), siteDir);
          worker.postMessage(batch, [batch.bodies.buffer, batch.bodyEnds.buffer]);
          sent++;
        };
        const onResult = (result: PageWriterResult) => {
          if (!result.ok) return finish(Object.assign(new Error(result.message), { stack: result.stack }));
          written++;
          if (written === batches) finish(undefined);
          else if (sent < batches) sendNext();
        };
        const onExit = (code: number) => finish(new Error(`the page-writing thread ended early (exit code ${code})`));
        const finish = (error: Error | undefined) => {
          worker.off("message", onResult).off("error", finish).off("exit", onExit);
          if (error === undefined) resolve();
          else reject(error);
        };
        worker.on("message", onResult).on("error", finish).on("exit", onExit);
        if (batches === 0) finish(undefined);
        while (sent < Math.min(BATCHES_IN_FLIGHT, batches)) sendNext();
      });
    },
    stop() {
      stopped ??= worker.terminate().then(() => undefined);
      return stopped;
    },
  };
}

/**
 * The pages go as copies, but their bodies, most of an archive's bytes, are moved as one UTF-8
 * buffer, which costs no copy at all.
 */
function batchOf(reports: readonly ReportPage[], siteDir: string): PageWriterBatch {
  const bodyEnds = new Uint32Array(reports.length);
  let length = 0;
  reports.forEach((page, index) => {
    length += Buffer.byteLength(page.bodyMarkdown);
    bodyEnds[index] = length;
  });
  const bodies = new Uint8Array(length);
  const encoder = new TextEncoder();
  reports.forEach((page, index) => encoder.encodeInto(page.bodyMarkdown, bodies.subarray(index === 0 ? 0 : bodyEnds[index - 1])));
  return { siteDir, reports: reports.map((page) => ({ ...page, bodyMarkdown: "" })), bodies, bodyEnds };
}
