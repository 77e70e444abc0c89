/**
 * The build's second thread (see second-thread.ts and second-thread-protocol.ts). It answers each
 * {@link SecondThreadTask}, in the order they come, with one {@link SecondThreadAnswer}:
 * - `check`: reads and checks report files of one language and keeps their bodies, which the
 *   answer leaves out;
 * - `bodies`: gives back some of the bodies kept;
 * - `pages`: renders and writes rows of the page table, a kept body put back in each report page
 *   sent without one; report pages sent with a `searchIndex` also go into this thread's search
 *   index, which holds the reports of one language;
 * - `search-index`: writes that index's files.
 */
import { parentPort, type MessagePort } from "node:worker_threads";
import { writeFilesBelow } from "../files/write-file.ts";
import { checkReportFile, type CheckedSourceFile } from "../content/parse-content.ts";
import { readReportFile } from "../content/read-content.ts";
import type { Page } from "../pages/page-table.ts";
import { createNunjucksEnvironment } from "../render/nunjucks-environment.ts";
import { SiteSearchIndex } from "../search/search-index.ts";
import { reportPath } from "../site/site-urls.ts";
import { checkedFileMessage, type CheckedFileMessage } from "./checked-file-message.ts";
import { HELD_BY_SECOND_THREAD, SECOND_THREAD_READY, type SearchIndexTarget, type SecondThreadAnswer, type SecondThreadTask } from "./second-thread-protocol.ts";
import { writeSearchIndexFiles } from "../search/write-search-index.ts";
import { writePages } from "./write-pages.ts";

/**
 * Answers the tasks that come through `port` for one build; everything it keeps lives here.
 * @example serveBuild(parentPort)
 */
function serveBuild(port: MessagePort): void {
  const environment = createNunjucksEnvironment();
  /** The bodies of the reports checked here, by their pages' addresses, until their pages are written. */
  const keptBodies = new Map<string, string>();
  /** The index of the report pages sent with a `searchIndex`, made when the first of them comes. */
  let searchIndex: SiteSearchIndex | undefined;

  const keptBody = (path: string): string => {
    const body = keptBodies.get(path);
    if (body === undefined) throw new Error(`the build's second thread kept no body for ${path}`);
    return body;
  };

  /** A checked file as a message, its report's body left out and kept here. */
  const withBodyKept = (file: CheckedSourceFile): CheckedFileMessage => {
    const message = checkedFileMessage(file);
    const report = message.checked.report;
    if (report === undefined || typeof report.body !== "string") return message;
    keptBodies.set(reportPath(report.lang, report.slug), report.body);
    return { ...message, checked: { ...message.checked, report: { ...report, body: HELD_BY_SECOND_THREAD } } };
  };

  /** The pages, each report sent without its body given it back; a body is let go of once its page is on its way. */
  function* withKeptBodies(pages: Iterable<Page>): Generator<Page> {
    for (const page of pages) {
      if (page.kind !== "report" || typeof (page as Page<"report">).data.model.bodyMarkdown === "string") yield page;
      else {
        const report = page as Page<"report">;
        const bodyMarkdown = keptBody(report.url);
        keptBodies.delete(report.url);
        yield { ...report, data: { model: { ...report.data.model, bodyMarkdown } } };
      }
    }
  }

  /** The pages as they are, each report added to the search index on its way to be written, and its index file written. */
  function* indexedAsWritten(pages: Iterable<Page>, target: SearchIndexTarget, siteDir: string): Generator<Page> {
    const index = (searchIndex ??= new SiteSearchIndex(target.baseHref, [target.lang]));
    for (const page of pages) {
      const file = page.kind === "report" ? index.add((page as Page<"report">).data.model) : undefined;
      if (file !== undefined) writeFilesBelow(siteDir, [file]);
      yield page;
    }
  }

  const answerTo = (task: SecondThreadTask): SecondThreadAnswer => {
    switch (task.kind) {
      case "check":
        return { ok: true, checked: task.files.map((listed) => withBodyKept({ path: listed.path, lang: listed.lang, checked: checkReportFile(readReportFile(listed)) })) };
      case "bodies":
        return { ok: true, bodies: task.paths.map((path) => keptBody(path)) };
      case "pages": {
        const pages = withKeptBodies(task.pages);
        writePages(task.searchIndex === undefined ? pages : indexedAsWritten(pages, task.searchIndex, task.siteDir), task.siteDir, environment);
        return { ok: true };
      }
      case "search-index":
        writeSearchIndexFiles(searchIndex ?? new SiteSearchIndex(task.baseHref, [task.lang]), task.siteDir);
        searchIndex = undefined;
        return { ok: true };
    }
  };

  port.on("message", (task: SecondThreadTask) => {
    try {
      port.postMessage(answerTo(task));
    } catch (error) {
      const failure = (error instanceof Error ? error : new Error(String(error))) as NodeJS.ErrnoException;
      port.postMessage({ ok: false, message: failure.message, stack: failure.stack, code: failure.code, path: failure.path } satisfies SecondThreadAnswer);
    }
  });
  port.postMessage(SECOND_THREAD_READY);
}

if (parentPort !== null) serveBuild(parentPort);
