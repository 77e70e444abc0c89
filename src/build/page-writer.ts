/**
 * Writing the report and list pages on both threads of a build. The pages are cut into batches in
 * one queue; the second thread (page-writer-worker.ts) takes batches from the start, and the main
 * thread joins in once its own work (the search index, Eleventy's pages) is done, so both finish
 * together however long each part takes on a given machine.
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
        const batch = queue.next();
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
          for (let batch = queue.next(); batch !== undefined && failure === undefined; batch = queue.next()) {
            if (batch.kind === "report") writeReportPages(batch.pages, siteDir);
            else writeListPages(batch.pages, siteDir);
            // Lets the second thread's answers in, so it is never left waiting for its next batch.
            await new Promise<void>((resolve) => setImmediate(resolve));
          }
          try {
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

/** The pages in batches: reports first (the longest to write), then lists. */
function batchesOf(pages: { readonly reports: readonly ReportPage[]; readonly lists: readonly ListPage[] }): { next(): Batch | undefined; isEmpty(): boolean } {
  let reportsTaken = 0;
  let listsTaken = 0;
  return {
    next() {
      if (reportsTaken < pages.reports.length) {
        const batch = pages.reports.slice(reportsTaken, reportsTaken + PAGES_PER_BATCH);
        reportsTaken += batch.length;
        return { kind: "report", pages: batch };
      }
      if (listsTaken < pages.lists.length) {
        const batch = pages.lists.slice(listsTaken, listsTaken + PAGES_PER_BATCH);
        listsTaken += batch.length;
        return { kind: "list", pages: batch };
      }
      return undefined;
    },
    isEmpty: () => reportsTaken >= pages.reports.length && listsTaken >= pages.lists.length,
  };
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
