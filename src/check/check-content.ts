/**
 * `npm run check`: everything the build validates, plus the warnings, without building.
 */
import type { DateTime } from "luxon";
import { parseContent, type ContentSources } from "../content/parse-content.ts";
import { sortProblems, type Problem } from "../content/problem.ts";
import { contentWarnings, type TypographyFinding } from "./content-warnings.ts";
import { translationStatus, type TranslationStatus } from "./translation-status.ts";

export interface CheckResult {
  /** Errors and warnings, by file and line. */
  readonly problems: readonly Problem[];
  readonly translations: TranslationStatus;
}

export interface CheckOptions {
  readonly now: DateTime;
  readonly typographyFindings: (markdown: string) => readonly TypographyFinding[];
}

/**
 * Checks content files: the build's errors and the editor's warnings.
 * @example checkContent(readContentSources("content"), { now, typographyFindings }).problems // []
 */
export function checkContent(sources: ContentSources, options: CheckOptions): CheckResult {
  const parsed = parseContent(sources, { includeDrafts: true });
  const published = parsed.validReports.filter((report) => !report.draft);
  const translations = translationStatus(published);
  const warnings = contentWarnings(parsed.validReports, translations, options);
  return { problems: sortProblems([...parsed.problems, ...warnings]), translations };
}
