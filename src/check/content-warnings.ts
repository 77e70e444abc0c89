/**
 * The warnings of contract §5: they do not fail a build, but `npm run check` reports them so an
 * editor can act: a report without its translation, Arabic ي/ك in Persian text, a word that has
 * likely lost its ZWNJ, a word that has lost one of two (`دستهای`), a date in the future.
 */
import type { DateTime } from "luxon";
import type { Problem } from "../content/problem.ts";
import { bodyText, type Report } from "../content/report.ts";
import { LOCALES, otherLang } from "../i18n/locales.ts";
import { visibleZwnj } from "../typography/visible-zwnj.ts";
import type { TranslationStatus } from "./translation-status.ts";

/** A word in a report body that the typography rules would write otherwise. */
export interface TypographyFinding {
  /** 1-based line and column within the text given. */
  readonly line: number;
  readonly column: number;
  readonly before: string;
  readonly after: string;
  /** Set when the word is left as written because it reads two ways: its spellings. */
  readonly readings?: readonly string[];
}

export interface WarningOptions {
  /** The moment the check runs, for "in the future". */
  readonly now: DateTime;
  /** Finds lost ZWNJs (and Arabic letters) in a Persian Markdown body. */
  readonly typographyFindings: (markdown: string) => readonly TypographyFinding[];
}

const ARABIC_LETTERS = /[\u064a\u0643]/;

/**
 * Every warning for valid reports.
 * @example contentWarnings(reports, status, options)[0] // { file: "content/fa/news/2025/x.md", field: "translation", message: "has no English translation …", severity: "warning" }
 */
export function contentWarnings(reports: readonly Report[], status: TranslationStatus, options: WarningOptions): Problem[] {
  const warnings: Problem[] = [];
  const warn = (report: Report, field: string, message: string, line?: number, column?: number) =>
    warnings.push({ file: report.file, line, column, field, message, severity: "warning" });

  for (const report of status.unpaired) {
    const other = LOCALES[otherLang(report.lang)].englishName;
    warn(report, "translation", `has no ${other} translation (no ${otherLang(report.lang)} report with the slug or translationKey "${report.translationKey}")`);
  }
  for (const report of reports) {
    if (report.date.instant > options.now) {
      warn(report, "date", `is in the future (${report.date.instant.toISODate()}): check it, or mark the report as a draft`);
    }
    if (report.lang !== "fa") continue;
    for (const [field, text] of [["title", report.title], ["summary", report.summary], ["event", report.event]] as const) {
      if (text !== undefined && ARABIC_LETTERS.test(text)) warn(report, field, `has Arabic ي or ك: write Persian ی and ک`);
    }
    for (const finding of options.typographyFindings(bodyText(report.body, report.file))) {
      const line = report.bodyFirstLine + finding.line - 1;
      const message = finding.readings !== undefined
        ? `"${finding.before}" reads two ways, ${finding.readings.map((reading) => `"${visibleZwnj(reading)}"`).join(" or ")}: write the one it means`
        : ARABIC_LETTERS.test(finding.before)
        ? `"${finding.before}" has Arabic ي or ك: write "${visibleZwnj(finding.after)}"`
        : `"${finding.before}" has likely lost its ZWNJ: write "${visibleZwnj(finding.after)}"`;
      warn(report, "body", message, line, finding.column);
    }
  }
  return warnings;
}
