/**
 * A report as the rest of khabar sees it: validated frontmatter, its language and slug, its body.
 */
import type { ReportDate } from "../dates/report-date.ts";
import type { Lang } from "../i18n/locales.ts";

export interface ReportSource {
  readonly name: string;
  readonly url?: string | undefined;
}

/** The lead photo, as the frontmatter's `image` gives it; the texts are in the report's language. */
export interface ReportImage {
  /** The file's path below `content/media/`. */
  readonly src: string;
  readonly alt: string;
  readonly caption?: string | undefined;
  readonly credit?: string | undefined;
}

/** A photo the body shows, `![alt](/media/…)`. */
export interface BodyImage {
  /** The file's path below `content/media/`. */
  readonly src: string;
  /** The line of the report file it stands on. */
  readonly line: number;
}

export interface Report {
  /** Path relative to the repository, for messages. */
  readonly file: string;
  readonly lang: Lang;
  /** The file name without `.md`: the last part of the report's URL. */
  readonly slug: string;
  /** What pairs translations: the frontmatter's `translationKey`, else the slug. */
  readonly translationKey: string;
  readonly title: string;
  readonly date: ReportDate;
  /** Keys into the registries. */
  readonly minister: string;
  readonly organization?: string | undefined;
  readonly counterpart?: string | undefined;
  readonly venue?: string | undefined;
  readonly topics: readonly string[];
  readonly event?: string | undefined;
  readonly summary?: string | undefined;
  readonly source?: ReportSource | undefined;
  readonly image?: ReportImage | undefined;
  /** The photos of the body, in order; each is checked with the content folder's files. */
  readonly bodyImages: readonly BodyImage[];
  readonly draft: boolean;
  /** The Markdown body, or word that the build's other thread holds it (see {@link ReportBody}). */
  readonly body: ReportBody;
  /** The file line the body starts on, for findings in the body. */
  readonly bodyFirstLine: number;
  /** The summary, else the lead paragraph as plain text, shortened (report-description.ts). */
  readonly description: string;
}

/**
 * A report body held by the other of the build's threads. The build checks one language's reports
 * on its second thread, which keeps their bodies and writes and indexes their pages itself, so those
 * bodies never cross between threads (src/publish/second-thread.ts); the main thread holds this
 * instead. Only the build makes it: a report read by any other command has its text.
 */
export interface BodyOnOtherThread {
  readonly heldBy: "second-thread";
}

/** A report's Markdown body, or the word that the build's other thread holds it. */
export type ReportBody = string | BodyOnOtherThread;

/**
 * The body's Markdown; fails loudly where a body held by the other thread was needed here.
 * @example bodyText(report.body, report.file) // "وزیر ارتباطات …"
 */
export function bodyText(body: ReportBody, where: string): string {
  if (typeof body !== "string") throw new Error(`${where}: the report's body is on the build's second thread, which writes its page`);
  return body;
}
