/**
 * The build's second thread (see second-thread.ts). It answers each {@link SecondThreadTask}, in
 * the order they come, with one {@link SecondThreadAnswer}:
 * - `check`: reads and checks report files, and works out their descriptions;
 * - `report`, `list`: writes pages; report pages marked `indexed` also go into this thread's
 *   search index, which holds the reports of one language;
 * - `search-index`: writes that index's files.
 */
import { parentPort } from "node:worker_threads";
import { checkReportFile } from "../content/parse-content.ts";
import { readReportFile, type ListedReportFile } from "../content/read-content.ts";
import type { Lang } from "../i18n/locales.ts";
import { SiteSearchIndex } from "../search/search-index.ts";
import type { ListPage, ReportPage } from "../site/site-model.ts";
import { checkedFileMessage, type CheckedFileMessage } from "./checked-file-message.ts";
import { writeSearchIndexFiles } from "./write-search-index.ts";
import { writeListPages, writeReportPages } from "./write-streamed-pages.ts";

export type SecondThreadTask =
  | { readonly kind: "check"; readonly files: readonly ListedReportFile[] }
  | {
      readonly kind: "report";
      readonly siteDir: string;
      /** The report pages to write, each with an empty `bodyMarkdown`: the bodies come in `bodies`. */
      readonly pages: readonly ReportPage[];
      /** The pages' bodies one after another, in UTF-8. */
      readonly bodies: Uint8Array<ArrayBuffer>;
      /** Where each page's body ends in `bodies`. */
      readonly bodyEnds: Uint32Array<ArrayBuffer>;
      /** Given when the pages go into this thread's search index of their language (they come newest first). */
      readonly searchIndex?: SearchIndexTarget | undefined;
    }
  | { readonly kind: "list"; readonly siteDir: string; readonly pages: readonly ListPage[] }
  | ({ readonly kind: "search-index"; readonly siteDir: string } & SearchIndexTarget);

/** The language whose search index this thread makes, and the site's root under the path prefix. */
export interface SearchIndexTarget {
  readonly lang: Lang;
  readonly baseHref: string;
}

export type SecondThreadAnswer =
  | { readonly ok: true; readonly checked?: readonly CheckedFileMessage[] | undefined }
  | { readonly ok: false; readonly message: string; readonly stack?: string | undefined };

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

function answerTo(task: SecondThreadTask): SecondThreadAnswer {
  switch (task.kind) {
    case "check":
      return { ok: true, checked: task.files.map((listed) => checkedFileMessage({ path: listed.path, lang: listed.lang, checked: checkReportFile(readReportFile(listed)) })) };
    case "report":
      writeReportPages(task.searchIndex === undefined ? withBodies(task) : indexedAsWritten(withBodies(task), task.searchIndex), task.siteDir);
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

/** The batch's pages with their bodies, each decoded only when its page is written. */
function* withBodies({ pages, bodies, bodyEnds }: Extract<SecondThreadTask, { kind: "report" }>): Generator<ReportPage> {
  const decoder = new TextDecoder();
  for (const [index, page] of pages.entries()) {
    yield { ...page, bodyMarkdown: decoder.decode(bodies.subarray(index === 0 ? 0 : bodyEnds[index - 1], bodyEnds[index])) };
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
