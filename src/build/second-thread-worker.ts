/**
 * The build's second thread (see second-thread.ts and second-thread-protocol.ts). It answers each
 * {@link SecondThreadTask}, in the order they come, with one {@link SecondThreadAnswer}:
 * - `check`: reads and checks report files, and works out their descriptions;
 * - `report`, `list`: writes pages; report pages sent with a `searchIndex` also go into this thread's
 *   search index, which holds the reports of one language;
 * - `search-index`: writes that index's files.
 */
import { parentPort } from "node:worker_threads";
import { checkReportFile } from "../content/parse-content.ts";
import { readReportFile } from "../content/read-content.ts";
import { SiteSearchIndex } from "../search/search-index.ts";
import type { ReportPage } from "../site/site-model.ts";
import { checkedFileMessage } from "./checked-file-message.ts";
import { SECOND_THREAD_READY, type SearchIndexTarget, type SecondThreadAnswer, type SecondThreadTask } from "./second-thread-protocol.ts";
import { writeSearchIndexFiles } from "./write-search-index.ts";
import { writeListPages, writeReportPages } from "./write-streamed-pages.ts";

/** The index of the report pages sent with a `searchIndex`, made when the first of them comes. */
let searchIndex: SiteSearchIndex | undefined;

parentPort?.on("message", (task: SecondThreadTask) => {
  try {
    parentPort?.postMessage(answerTo(task));
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    parentPort?.postMessage({ ok: false, message: failure.message, stack: failure.stack } satisfies SecondThreadAnswer);
  }
});
parentPort?.postMessage(SECOND_THREAD_READY);

function answerTo(task: SecondThreadTask): SecondThreadAnswer {
  switch (task.kind) {
    case "check":
      return { ok: true, checked: task.files.map((listed) => checkedFileMessage({ path: listed.path, lang: listed.lang, checked: checkReportFile(readReportFile(listed)) })) };
    case "report":
      writeReportPages(task.searchIndex === undefined ? task.pages : indexedAsWritten(task.pages, task.searchIndex), task.siteDir);
      return { ok: true };
    case "list":
      writeListPages(task.pages, task.siteDir);
      return { ok: true };
    case "search-index":
      writeSearchIndexFiles(searchIndex ?? new SiteSearchIndex(task.baseHref, [task.lang]), task.siteDir);
      searchIndex = undefined;
      return { ok: true };
  }
}

/** The pages as they are, each added to the search index on its way to be written. */
function* indexedAsWritten(pages: Iterable<ReportPage>, target: SearchIndexTarget): Generator<ReportPage> {
  searchIndex ??= new SiteSearchIndex(target.baseHref, [target.lang]);
  for (const page of pages) {
    searchIndex.add(page);
    yield page;
  }
}
