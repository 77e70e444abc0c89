/**
 * From the content folder's files to validated content: site settings, registries and reports,
 * with every problem of every file found in one pass (contract §5).
 */
import { LOCALES } from "../i18n/locales.ts";
import { didYouMean } from "./nearest-key.ts";
import { parseData, REGISTRY_OF_FIELD, type DataSources } from "./parse-registries.ts";
import { parseReport, slugOf, type ParsedReport } from "./parse-report.ts";
import { hasErrors, sortProblems, type Problem } from "./problem.ts";
import type { Report } from "./report.ts";
import type { Registries, SiteSettings } from "./schema.ts";
import type { ReportSourceFile } from "./source-file.ts";

export interface ContentSources extends DataSources {
  readonly reports: readonly ReportSourceFile[];
}

export interface Content {
  readonly site: SiteSettings;
  readonly registries: Registries;
  /** Every valid report of both languages, drafts included only when asked for. */
  readonly reports: readonly Report[];
}

export interface ParseContentOptions {
  /** Keep reports marked `draft: true` (the dev server shows them). */
  readonly includeDrafts: boolean;
}

export interface ParsedContent {
  /** The content, or undefined when any error was found. */
  readonly content: Content | undefined;
  /** Every report whose own file is valid, drafts included, even when other files have errors (for `check`). */
  readonly validReports: readonly Report[];
  /** Errors and warnings, sorted by file and line. */
  readonly problems: readonly Problem[];
}

/** A report whose own file is valid, with the line its repeated-translationKey problem would point at. */
interface ValidReport {
  readonly report: Report;
  readonly translationKeyLine: number;
}

/**
 * Validates all content files together.
 * @example parseContent(sources, { includeDrafts: false }).problems // [] for good content
 */
export function parseContent(sources: ContentSources, options: ParseContentOptions): ParsedContent {
  const data = parseData(sources);
  const problems: Problem[] = [...data.problems];
  // Each file is checked completely before the next is read, so its YAML document can be freed:
  // an archive of thousands of reports never holds thousands of documents at once.
  const valid: ValidReport[] = [];
  for (const file of sources.reports) {
    const result = parseReport(file);
    problems.push(...result.problems, ...unknownKeyProblems(result, data.registries, file.path));
    if (result.report !== undefined) valid.push({ report: result.report, translationKeyLine: result.lineOf("translationKey") });
  }
  problems.push(...repeatedSlugProblems(sources.reports));
  problems.push(...repeatedTranslationKeyProblems(valid));

  const sorted = sortProblems(problems);
  const validReports = valid.map((result) => result.report);
  if (hasErrors(sorted) || data.site === undefined) return { content: undefined, validReports, problems: sorted };
  const reports = validReports.filter((report) => options.includeDrafts || !report.draft);
  return { content: { site: data.site, registries: data.registries, reports }, validReports, problems: sorted };
}

/** Registry keys are checked on the fields as written, so they are reported even when other fields are wrong. */
function unknownKeyProblems({ fields, lineOf }: ParsedReport, registries: Registries, file: string): Problem[] {
  const problems: Problem[] = [];
  const check = (field: keyof typeof REGISTRY_OF_FIELD, key: unknown, index?: number) => {
    if (typeof key !== "string") return;
    const registryName = REGISTRY_OF_FIELD[field];
    const registry = registries[registryName];
    if (Object.hasOwn(registry, key)) return;
    problems.push({
      file,
      line: lineOf(field, index),
      field: index === undefined ? field : `${field}[${index}]`,
      message: `unknown key "${key}" in ${registryName}.yaml${didYouMean(key, Object.keys(registry))}`,
      severity: "error",
    });
  };
  check("minister", fields.minister);
  check("counterpart", fields.counterpart);
  check("organization", fields.organization);
  check("venue", fields.venue);
  if (Array.isArray(fields.topics)) fields.topics.forEach((topic: unknown, index) => check("topics", topic, index));
  return problems;
}

/** Slugs come from file names, so a repeat is found even in files whose frontmatter has errors. */
function repeatedSlugProblems(files: readonly ReportSourceFile[]): Problem[] {
  const firstBySlug = new Map<string, string>();
  const problems: Problem[] = [];
  for (const file of files) {
    const slug = slugOf(file.path);
    const key = `${file.lang}\u0000${slug}`;
    const first = firstBySlug.get(key);
    if (first === undefined) firstBySlug.set(key, file.path);
    else {
      problems.push({
        file: file.path,
        field: "slug",
        message: `slug "${slug}" is already used by ${first}: each ${LOCALES[file.lang].englishName} report needs its own`,
        severity: "error",
      });
    }
  }
  return problems;
}

/** One problem for each report whose translationKey repeats another report's of the same language. */
function repeatedTranslationKeyProblems(parsed: readonly ValidReport[]): Problem[] {
  const firstByKey = new Map<string, Report>();
  const problems: Problem[] = [];
  for (const { report, translationKeyLine } of parsed) {
    const key = `${report.lang}\u0000${report.translationKey}`;
    const first = firstByKey.get(key);
    if (first === undefined) {
      firstByKey.set(key, report);
      continue;
    }
    // Two files with one slug share their default translationKey too: the slug problem says it once.
    if (first.slug === report.slug) continue;
    problems.push({
      file: report.file,
      line: translationKeyLine,
      field: "translationKey",
      message: `translationKey (or slug) "${report.translationKey}" is already used by ${first.file}: each ${LOCALES[report.lang].englishName} report needs its own`,
      severity: "error",
    });
  }
  return problems;
}
