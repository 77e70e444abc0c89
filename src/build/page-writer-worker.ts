/**
 * The build's second thread: it writes batches of report and list pages while the main thread
 * writes the search index and Eleventy's pages (see page-writer.ts).
 * It answers each {@link PageWriterBatch} with a {@link PageWriterResult} once its pages are written.
 */
import { parentPort } from "node:worker_threads";
import type { ListPage, ReportPage } from "../site/site-model.ts";
import { writeListPages, writeReportPages } from "./write-streamed-pages.ts";

export type PageWriterBatch =
  | {
      readonly siteDir: string;
      readonly kind: "report";
      /** The report pages to write, each with an empty `bodyMarkdown`: the bodies come in `bodies`. */
      readonly pages: readonly ReportPage[];
      /** The pages' bodies one after another, in UTF-8. */
      readonly bodies: Uint8Array<ArrayBuffer>;
      /** Where each page's body ends in `bodies`. */
      readonly bodyEnds: Uint32Array<ArrayBuffer>;
    }
  | { readonly siteDir: string; readonly kind: "list"; readonly pages: readonly ListPage[]; readonly bodies?: undefined; readonly bodyEnds?: undefined };

export type PageWriterResult = { readonly ok: true } | { readonly ok: false; readonly message: string; readonly stack?: string | undefined };

parentPort?.on("message", (batch: PageWriterBatch) => {
  try {
    if (batch.kind === "report") writeReportPages(withBodies(batch), batch.siteDir);
    else writeListPages(batch.pages, batch.siteDir);
    parentPort?.postMessage({ ok: true } satisfies PageWriterResult);
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    parentPort?.postMessage({ ok: false, message: failure.message, stack: failure.stack } satisfies PageWriterResult);
  }
});

/** The batch's pages with their bodies, each decoded only when its page is written. */
function* withBodies({ pages, bodies, bodyEnds }: Extract<PageWriterBatch, { kind: "report" }>): Generator<ReportPage> {
  const decoder = new TextDecoder();
  for (const [index, page] of pages.entries()) {
    yield { ...page, bodyMarkdown: decoder.decode(bodies.subarray(index === 0 ? 0 : bodyEnds[index - 1], bodyEnds[index])) };
  }
}
