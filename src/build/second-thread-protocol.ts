/**
 * What the build's two threads say to each other (see second-thread.ts): the main thread sends
 * {@link SecondThreadTask}s, and the second thread answers each, in order, with one
 * {@link SecondThreadAnswer}, after saying {@link SECOND_THREAD_READY} once its modules are loaded.
 */
import type { ListedReportFile } from "../content/read-content.ts";
import type { Lang } from "../i18n/locales.ts";
import type { ListPage, ReportPage } from "../site/site-model.ts";
import type { CheckedFileMessage } from "./checked-file-message.ts";

/** The second thread's first message: it has loaded its modules and takes tasks at once. */
export const SECOND_THREAD_READY = "ready";

/**
 * The body of a report checked on the second thread, as the main thread holds it: the second
 * thread keeps the text, and writes and indexes the report's page itself. A valid report's body is
 * never empty, so the empty text cannot be a real body.
 */
export const BODY_KEPT_ON_SECOND_THREAD = "";

export type SecondThreadTask =
  /** Files of one language: their reports' bodies stay on the second thread (see {@link BODY_KEPT_ON_SECOND_THREAD}). */
  | { readonly kind: "check"; readonly files: readonly ListedReportFile[] }
  /** The bodies kept for these report pages, by their paths. */
  | { readonly kind: "bodies"; readonly paths: readonly string[] }
  | {
      readonly kind: "report";
      readonly siteDir: string;
      /**
       * The report pages to write, with their bodies unless the second thread kept them. A message
       * copies strings as they are held, which for 100 Persian bodies is a fifteenth of the cost of
       * encoding them to UTF-8 and back, but not copying them at all is cheaper still.
       */
      readonly pages: readonly ReportPage[];
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
  | { readonly ok: true; readonly checked?: readonly CheckedFileMessage[] | undefined; readonly bodies?: readonly string[] | undefined }
  | { readonly ok: false; readonly message: string; readonly stack?: string | undefined };
