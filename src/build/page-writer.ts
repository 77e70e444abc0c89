/**
 * Writing the report and list pages on both threads of a build. The pages are cut into batches in
 * one queue; the second thread (page-writer-worker.ts) takes batches from the front at once, and the
 * main thread takes them from the back once its own work (the search index, Eleventy's pages) is
 * done, so both finish together however long each part takes on a given machine.
 */
import type { Worker } from "node:worker_threads";
import type { ListPage, ReportPage } from "../site/site-model.ts";
import type { PageWriterBatch, PageWriterResult } from "./page-writer-worker.ts";
import { startTypeScriptWorker } from "./typescript-worker.ts";
import { writeListPages, writeReportPages } from "./write-streamed-pages.ts";

/**
 * Pages go to the thread a batch at a time, a few batches ahead, so neither thread ever holds a
 * second copy of thousands of pages: at 10,000 report pairs, sending them all at once added 230 MiB.
 */
const PAGES_PER_BATCH = 100;
const BATCHES_IN_FLIGHT = 2;

type Batch = { readonly kind: "report"; readonly pages: readonly ReportPage[] } | { readonly kind: "list"; readonly pages: readonly ListPage[] };

/** Pages being written by both threads. */
export interface SharedPageWriting {
  /** Writes batches on the main thread until none is left, then waits for the second thread's last ones. */
  helpUntilDone(): Promise<void>;
}

export interface PageWriter {
  /**
   * Starts writing these pages below `siteDir` on the second thread. The main thread must let its
   * event loop run now and then until it calls `helpUntilDone`, so the next batches can be sent.
   */
  share(pages: { readonly reports: readonly ReportPage[]; readonly lists: readonly ListPage[] }, siteDir: string): SharedPageWriting;
  /** Ends the thread, whatever it was doing; safe to call more than once. */
  stop(): Promise<void>;
}

/**
 * Starts the second thread, which loads its modules while the main thread reads the content.
 * @example const writing = startPageWriter().share(model, staging); …; await writing.helpUntilDone();
 */
export function startPageWriter(): PageWriter {
  const worker: Worker = startTypeScriptWorker(new URL("./page-writer-worker.ts", import.meta.url), undefined);
  let stopped: Promise<void> | undefined;
  return {
    share(pages, siteDir) {
      const queue = batchesOf(pages);
      let inFlight = 0;
      let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
      let failure: Error | undefined;
      const finishIfDone = () => {
        if (failure !== undefined) settle?.reject(failure);
        else if (inFlight === 0 && queue.isEmpty()) settle?.resolve();
      };
      const sendNext = () => {
        const batch = queue.takeFirst();
        if (batch === undefined) return;
        const message = messageOf(batch, siteDir);
        worker.postMessage(message, message.bodies === undefined ? [] : [message.bodies.buffer, message.bodyEnds.buffer]);
        inFlight++;
      };
      const onResult = (result: PageWriterResult) => {
        inFlight--;
        if (!result.ok) failure ??= Object.assign(new Error(result.message), { stack: result.stack });
        else sendNext();
        finishIfDone();
      };
      const onError = (error: Error) => {
        failure ??= error;
        finishIfDone();
      };
      const onExit = (code: number) => onError(new Error(`the page-writing thread ended early (exit code ${code})`));
      worker.on("message", onResult).on("error", onError).on("exit", onExit);
      while (inFlight < BATCHES_IN_FLIGHT && !queue.isEmpty()) sendNext();
      return {
        async helpUntilDone() {
          try {
            for (let batch = queue.takeLast(); batch !== undefined && failure === undefined; batch = queue.takeLast()) {
              if (batch.kind === "report") writeReportPages(batch.pages, siteDir);
              else writeListPages(batch.pages, siteDir);
              // Lets the second thread's answers in, so it is never left waiting for its next batch.
              await new Promise<void>((resolve) => setImmediate(resolve));
            }
            await new Promise<void>((resolve, reject) => {
              settle = { resolve, reject };
              finishIfDone();
            });
          } finally {
            worker.off("message", onResult).off("error", onError).off("exit", onExit);
          }
        },
      };
    },
    stop() {
      stopped ??= worker.terminate().then(() => undefined);
      return stopped;
    },
  };
}

/**
 * The pages in batches, reports first, then lists. The second thread takes batches from the front
 * and the main thread from the back: the main thread, which holds the whole site's model, then
 * writes list pages, whose rendering leaves far less garbage than a report's Markdown, and its
 * memory stays lower (at 10,000 pairs the peak was 1.15 GiB when it took report pages too).
 */
function batchesOf(pages: { readonly reports: readonly ReportPage[]; readonly lists: readonly ListPage[] }): BatchQueue {
  const batches: (Batch | undefined)[] = [];
  for (let start = 0; start < pages.reports.length; start += PAGES_PER_BATCH) batches.push({ kind: "report", pages: pages.reports.slice(start, start + PAGES_PER_BATCH) });
  for (let start = 0; start < pages.lists.length; start += PAGES_PER_BATCH) batches.push({ kind: "list", pages: pages.lists.slice(start, start + PAGES_PER_BATCH) });
  let first = 0;
  let end = batches.length;
  // A batch taken is let go of here, so its pages can be freed once written.
  const take = (index: number) => {
    const batch = batches[index];
    batches[index] = undefined;
    return batch;
  };
  return {
    takeFirst: () => (first < end ? take(first++) : undefined),
    takeLast: () => (first < end ? take(--end) : undefined),
    isEmpty: () => first >= end,
  };
}

interface BatchQueue {
  takeFirst(): Batch | undefined;
  takeLast(): Batch | undefined;
  isEmpty(): boolean;
}

/**
 * A batch as the thread receives it. Report pages go as copies, but their bodies, most of an
 * archive's bytes, are moved as one UTF-8 buffer, which costs no copy at all.
 */
function messageOf(batch: Batch, siteDir: string): PageWriterBatch {
  if (batch.kind === "list") return { siteDir, kind: "list", pages: batch.pages };
  const bodyEnds = new Uint32Array(batch.pages.length);
  let length = 0;
  batch.pages.forEach((page, index) => {
    length += Buffer.byteLength(page.bodyMarkdown);
    bodyEnds[index] = length;
  });
  const bodies = new Uint8Array(length);
  const encoder = new TextEncoder();
  batch.pages.forEach((page, index) => encoder.encodeInto(page.bodyMarkdown, bodies.subarray(index === 0 ? 0 : bodyEnds[index - 1])));
  return { siteDir, kind: "report", pages: batch.pages.map((page) => ({ ...page, bodyMarkdown: "" })), bodies, bodyEnds };
}
