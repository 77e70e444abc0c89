/**
 * The build's second thread: it writes a share of the report pages while the main thread writes the
 * search index and the rest of the site, so a build uses both cores of a small machine.
 * It answers each {@link PageWriterBatch} with a {@link PageWriterResult} once its pages are written.
 */
import { parentPort } from "node:worker_threads";
import type { ReportPage } from "../site/site-model.ts";
import { writeReportPages } from "./write-streamed-pages.ts";

export interface PageWriterBatch {
  readonly siteDir: string;
  /** The report pages to write, each with an empty `bodyMarkdown`: the bodies come in `bodies`. */
  readonly reports: readonly ReportPage[];
  /** The pages' bodies one after another, in UTF-8. */
  readonly bodies: Uint8Array<ArrayBuffer>;
  /** Where each page's body ends in `bodies`. */
  readonly bodyEnds: Uint32Array<ArrayBuffer>;
}

export type PageWriterResult = { readonly ok: true } | { readonly ok: false; readonly message: string; readonly stack?: string | undefined };

parentPort?.on("message", (batch: PageWriterBatch) => {
  try {
    writeReportPages(withBodies(batch), batch.siteDir);
    parentPort?.postMessage({ ok: true } satisfies PageWriterResult);
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    parentPort?.postMessage({ ok: false, message: failure.message, stack: failure.stack } satisfies PageWriterResult);
  }
});

/** The batch's pages with their bodies, each decoded only when its page is written. */
function* withBodies({ reports, bodies, bodyEnds }: PageWriterBatch): Generator<ReportPage> {
  const decoder = new TextDecoder();
  for (const [index, page] of reports.entries()) {
    yield { ...page, bodyMarkdown: decoder.decode(bodies.subarray(index === 0 ? 0 : bodyEnds[index - 1], bodyEnds[index])) };
  }
}
