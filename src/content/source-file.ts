/**
 * A content file as read from disk: its path for messages and its text.
 */
import type { Lang } from "../i18n/locales.ts";

export interface SourceFile {
  /** Path relative to the repository, with `/` separators, as problems print it. */
  readonly path: string;
  /** The text, decoded as UTF-8 without a byte-order mark; empty when the file is unreadable. */
  readonly text: string;
  /**
   * Why the file is not read as content, as its problem's message (not UTF-8, a symbolic link out of
   * the content folder); undefined for a file that was read.
   */
  readonly unreadable?: string | undefined;
}

/** A report file, with the language of the folder it sits in (`fa/news/…` or `en/news/…`). */
export interface ReportSourceFile extends SourceFile {
  readonly lang: Lang;
}
