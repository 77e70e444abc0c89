/**
 * What the build's two threads say to each other (see second-thread.ts): the main thread sends
 * {@link SecondThreadTask}s, and the second thread answers each, in order, with one
 * {@link SecondThreadAnswer}, after saying {@link SECOND_THREAD_READY} once its modules are loaded.
 */
import type { ListedReportFile } from "../content/read-content.ts";
import type { BodyOnOtherThread } from "../content/report.ts";
import type { Lang } from "../i18n/locales.ts";
import type { Page } from "../pages/page-table.ts";
import type { CheckedFileMessage } from "./checked-file-message.ts";

/** The second thread's first message: it has loaded its modules and takes tasks at once. */
export const SECOND_THREAD_READY = "ready";

/** What the main thread holds for the body of a report the second thread checked and kept. */
export const HELD_BY_SECOND_THREAD: BodyOnOtherThread = { heldBy: "second-thread" };

export type SecondThreadTask =
  /** Files of one language: their reports' bodies stay on the second thread (see {@link HELD_BY_SECOND_THREAD}). */
  | { readonly kind: "check"; readonly files: readonly ListedReportFile[] }
  /** The bodies kept for these report pages, by their addresses. */
  | { readonly kind: "bodies"; readonly paths: readonly string[] }
  | {
      readonly kind: "pages";
      readonly siteDir: string;
      /**
       * Rows of the page table to render and write; a report page whose body the second thread
       * kept comes without it. A message copies strings as they are held, which for 100 Persian
       * bodies is a fifteenth of the cost of encoding them to UTF-8 and back, but not copying them
       * at all is cheaper still.
       */
      readonly pages: readonly Page[];
      /** Given when the pages are report pages that go into this thread's search index of their language (they come newest first). */
      readonly searchIndex?: SearchIndexTarget | undefined;
    }
  | ({ readonly kind: "search-index"; readonly siteDir: string } & SearchIndexTarget);

/** The language whose search index this thread makes, and the site's root under the path prefix. */
export interface SearchIndexTarget {
  readonly lang: Lang;
  readonly baseHref: string;
}

export type SecondThreadAnswer =
  | { readonly ok: true; readonly checked?: readonly CheckedFileMessage[] | undefined; readonly bodies?: readonly string[] | undefined }
  /** A failure, with the error code and path of a file-system error so the main thread can say what happened to the disk. */
  | { readonly ok: false; readonly message: string; readonly stack?: string | undefined; readonly code?: string | undefined; readonly path?: string | undefined };
