/**
 * Errors are per file in the dev server: a report file with an error is parsed at its last good
 * text instead (so its last good page stays), or left out when it never had one, and every other
 * file's save still shows. Errors in the data files make the whole content unusable: nothing is set
 * aside for them.
 */
import type { ContentSources, ParsedContent } from "../content/parse-content.ts";
import type { Problem } from "../content/problem.ts";
import type { ReportSourceFile } from "../content/source-file.ts";

/** What was parsed last, and from which report files. */
export interface SetAsideResult {
  /** The content of the last parse: undefined when errors are left that setting aside cannot remove. */
  readonly parsed: ParsedContent;
  /** The report files of the last parse: each as it is, at its last good text, or left out. */
  readonly reports: readonly ReportSourceFile[];
}

/**
 * Parses the sources; while errors remain and every one is in a report file, sets those files
 * aside and parses again. A file set aside at its last good text that still has an error (a
 * registry key since removed, a slug another file now has) is then left out.
 * @example parseSettingAside(sources, lastGood, parse).reports // every file, "content/en/news/a.md" at its last good text
 */
export function parseSettingAside(sources: ContentSources, lastGood: ReadonlyMap<string, ReportSourceFile>, parse: (sources: ContentSources) => ParsedContent): SetAsideResult {
  const reportPaths = new Set(sources.reports.map((file) => file.path));
  let reports = sources.reports;
  let parsed = parse(sources);
  for (;;) {
    const broken = new Set(errorsOf(parsed.problems).map((problem) => problem.file));
    if (broken.size === 0 || [...broken].some((file) => !reportPaths.has(file))) return { parsed, reports };
    let setAside = false;
    reports = reports.flatMap((file) => {
      if (!broken.has(file.path)) return [file];
      setAside = true;
      const good = lastGood.get(file.path);
      return good !== undefined && good.text !== file.text ? [good] : [];
    });
    // Each round moves a file from its text to its last good text or out, so the loop ends.
    if (!setAside) return { parsed, reports };
    parsed = parse({ ...sources, reports });
  }
}

/**
 * The errors among problems (warnings never stop a page).
 * @example errorsOf([error, warning]) // [error]
 */
export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((problem) => problem.severity === "error");
}
