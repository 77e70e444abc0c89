/**
 * A content file as read from disk: its path for messages and its text.
 */
import type { Lang } from "../i18n/locales.ts";

export interface SourceFile {
  /** Path relative to the repository, with `/` separators, as problems print it. */
  readonly path: string;
  readonly text: string;
}

/** A report file, with the language of the folder it sits in (`fa/news/…` or `en/news/…`). */
export interface ReportSourceFile extends SourceFile {
  readonly lang: Lang;
}
