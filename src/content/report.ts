/**
 * A report as the rest of khabar sees it: validated frontmatter, its language and slug, its body.
 */
import type { ReportDate } from "../dates/report-date.ts";
import type { Lang } from "../i18n/locales.ts";

export interface ReportSource {
  readonly name: string;
  readonly url?: string | undefined;
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
  readonly draft: boolean;
  /** The Markdown body. */
  readonly body: string;
  /** The file line the body starts on, for findings in the body. */
  readonly bodyFirstLine: number;
}
