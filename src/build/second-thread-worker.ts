/**
 * The build's second thread (see second-thread.ts and second-thread-protocol.ts). It answers each
 * {@link SecondThreadTask}, in the order they come, with one {@link SecondThreadAnswer}:
 * - `check`: reads and checks report files of one language, works out their descriptions, and keeps
 *   their bodies, which the answer leaves out;
 * - `bodies`: gives back some of the bodies kept;
 * - `report`, `list`: writes pages, a kept body put back in each report page sent without one; report
 *   pages sent with a `searchIndex` also go into this thread's search index, which holds the reports
 *   of one language;
 * - `search-index`: writes that index's files.
 */
import { parentPort } from "node:worker_threads";
import { checkReportFile, type CheckedSourceFile } from "../content/parse-content.ts";
import { readReportFile } from "../content/read-content.ts";
import { SiteSearchIndex } from "../search/search-index.ts";
import type { ReportPage } from "../site/site-model.ts";
import { reportPath } from "../site/site-urls.ts";
import { checkedFileMessage, type CheckedFileMessage } from "./checked-file-message.ts";
import {
  BODY_KEPT_ON_SECOND_THREAD,
  SECOND_THREAD_READY,
  type SearchIndexTarget,
  type SecondThreadAnswer,
  type SecondThreadTask,
} from "./second-thread-protocol.ts";
import { writeSearchIndexFiles } from "./write-search-index.ts";
import { RenderedTeasers, writeListPages, writeReportPages } from "./write-streamed-pages.ts";

/** The index of the report pages sent with a `searchIndex`, made when the first of them comes. */
let searchIndex: SiteSearchIndex | undefined;

/** The teasers of the lists written here: this thread serves one build. */
const teasers = new RenderedTeasers();

/** The bodies of the reports checked here, by their pages' paths, until their pages are written. */
const keptBodies = new Map<string, string>();

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
      return { ok: true, checked: task.files.map((listed) => withBodyKept({ path: listed.path, lang: listed.lang, checked: checkReportFile(readReportFile(listed)) })) };
    case "bodies":
      return { ok: true, bodies: task.paths.map((path) => keptBody(path)) };
    case "report": {
      const pages = withKeptBodies(task.pages);
      writeReportPages(task.searchIndex === undefined ? pages : indexedAsWritten(pages, task.searchIndex), task.siteDir);
      return { ok: true };
    }
    case "list":
      writeListPages(task.pages, task.siteDir, teasers);
      return { ok: true };
    case "search-index":
      writeSearchIndexFiles(searchIndex ?? new SiteSearchIndex(task.baseHref, [task.lang]), task.siteDir);
      searchIndex = undefined;
      return { ok: true };
  }
}

/** A checked file as a message, its report's body left out and kept here. */
function withBodyKept(file: CheckedSourceFile): CheckedFileMessage {
  const message = checkedFileMessage(file);
  const report = message.checked.report;
  if (report === undefined) return message;
  keptBodies.set(reportPath(report.lang, report.slug), report.body);
  return { ...message, checked: { ...message.checked, report: { ...report, body: BODY_KEPT_ON_SECOND_THREAD } } };
}

function keptBody(path: string): string {
  const body = keptBodies.get(path);
  if (body === undefined) throw new Error(`the build's second thread kept no body for ${path}`);
  return body;
}

/** The pages, each sent without its body given it back; a body is let go of once its page is on its way. */
function* withKeptBodies(pages: Iterable<ReportPage>): Generator<ReportPage> {
  for (const page of pages) {
    if (page.bodyMarkdown !== BODY_KEPT_ON_SECOND_THREAD) yield page;
    else {
      const bodyMarkdown = keptBody(page.path);
      keptBodies.delete(page.path);
      yield { ...page, bodyMarkdown };
    }
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
