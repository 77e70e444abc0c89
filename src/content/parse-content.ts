/**
 * From the content folder's files to validated content: site settings, registries and reports,
 * with every problem of every file found in one pass (contract §5).
 */
import { LOCALES, type Lang } from "../i18n/locales.ts";
import { FRONTMATTER_FIRST_LINE } from "./frontmatter.ts";
import { isReportFileName } from "./list-report-files.ts";
import { didYouMean } from "./nearest-key.ts";
import { parseData, REGISTRY_OF_FIELD, type DataSources } from "./parse-registries.ts";
import { parseReport, slugOf, type ParsedReport } from "./parse-report.ts";
import { hasErrors, sortProblems, type Problem } from "./problem.ts";
import type { Report } from "./report.ts";
import type { Registries, SiteSettings } from "./schema.ts";
import { checkImages, type ReportWithFrontmatter } from "./image-problems.ts";
import type { MediaFile } from "./media-folder.ts";
import type { ReportSourceFile } from "./source-file.ts";
import { parseYamlSource } from "./yaml-source.ts";

export interface ContentSources extends DataSources {
  readonly reports: readonly ReportSourceFile[];
}

export interface Content {
  readonly site: SiteSettings;
  readonly registries: Registries;
  /** Every valid report of both languages, drafts included only when asked for. */
  readonly reports: readonly Report[];
  /** The photos the reports and `site.yaml` name, by their path below `content/media/`. */
  readonly media: ReadonlyMap<string, MediaFile>;
}

export interface ParseContentOptions {
  /** Keep reports marked `draft: true` (the dev server shows them). */
  readonly includeDrafts: boolean;
  /** What earlier parses found in each report file, so that unchanged files are not parsed again (the dev server). */
  readonly reportCache?: ReportFileCache | undefined;
}

/** A registry key as a report file writes it, checked against the registries on every parse. */
export interface RegistryKeyUse {
  readonly field: keyof typeof REGISTRY_OF_FIELD;
  readonly key: string;
  /** The position in a list field (`topics`). */
  readonly index?: number | undefined;
}

/** What one report file shows on its own, before the checks that need the other files. */
export interface CheckedReportFile {
  /** The report, when the file itself has no error. */
  readonly report: Report | undefined;
  readonly problems: readonly Problem[];
  readonly registryKeys: readonly RegistryKeyUse[];
  /**
   * The frontmatter's YAML text, where a problem found with the other files (an unknown registry
   * key, a repeated translationKey) finds its line. Lines are worked out only for such a problem:
   * finding them means parsing the YAML again, with `yaml`.
   */
  readonly frontmatter: string;
}

/**
 * Remembers each report file's {@link CheckedReportFile}: `get` answers only for the same path and text.
 * The registry and cross-file checks are not remembered, so they always see every file as it is now.
 */
export interface ReportFileCache {
  get(file: ReportSourceFile): CheckedReportFile | undefined;
  set(file: ReportSourceFile, checked: CheckedReportFile): void;
}

export interface ParsedContent {
  /** The content, or undefined when any error was found. */
  readonly content: Content | undefined;
  /** Every report whose own file is valid, drafts included, even when other files have errors (for `check`). */
  readonly validReports: readonly Report[];
  /** Errors and warnings, sorted by file and line. */
  readonly problems: readonly Problem[];
}

/** A report whose own file is valid, with the frontmatter its problems found later (a repeated translationKey, a missing photo) find their lines in. */
type ValidReport = ReportWithFrontmatter;

/** A report file's path and language with what {@link checkReportFile} found in it. */
export interface CheckedSourceFile {
  readonly path: string;
  readonly lang: Lang;
  readonly checked: CheckedReportFile;
}

/**
 * Validates all content files together.
 * @example parseContent(sources, { includeDrafts: false }).problems // [] for good content
 */
export function parseContent(sources: ContentSources, options: ParseContentOptions): ParsedContent {
  // Each file is checked completely before the next is read, so its YAML document can be freed:
  // an archive of thousands of reports never holds thousands of documents at once.
  const checkedFiles = sources.reports.map((file): CheckedSourceFile => {
    // An unreadable file has no text to tell one version from another by, so it is never remembered.
    const cache = file.unreadable === undefined ? options.reportCache : undefined;
    let checked = cache?.get(file);
    if (checked === undefined) {
      checked = checkReportFile(file);
      cache?.set(file, checked);
    }
    return { path: file.path, lang: file.lang, checked };
  });
  return contentOfCheckedFiles(sources, checkedFiles, options);
}

/**
 * Validates the data files and brings together report files each already checked on its own (the
 * build checks them on two threads), with the checks that need all the files.
 * @example contentOfCheckedFiles(sources, sources.reports.map((file) => ({ ...file, checked: checkReportFile(file) })), { includeDrafts: false }).problems // []
 */
export function contentOfCheckedFiles(data: DataSources, files: readonly CheckedSourceFile[], options: ParseContentOptions): ParsedContent {
  const parsedData = parseData(data);
  const problems: Problem[] = [...parsedData.problems];
  const valid: ValidReport[] = [];
  for (const { path, checked } of files) {
    problems.push(...checked.problems, ...unknownKeyProblems(checked, parsedData.registries, path));
    if (checked.report !== undefined) valid.push({ report: checked.report, frontmatter: checked.frontmatter });
  }
  problems.push(...repeatedSlugProblems(files));
  problems.push(...repeatedTranslationKeyProblems(valid));
  const images = checkImages(valid, parsedData.site, data.media, `${data.dataDir}/site.yaml`);
  problems.push(...images.problems);

  const sorted = sortProblems(problems);
  const validReports = valid.map((result) => result.report);
  if (hasErrors(sorted) || parsedData.site === undefined) return { content: undefined, validReports, problems: sorted };
  const reports = validReports.filter((report) => options.includeDrafts || !report.draft);
  return { content: { site: parsedData.site, registries: parsedData.registries, reports, media: images.media }, validReports, problems: sorted };
}

/**
 * One file's own findings; only these plain values are kept, so the file's YAML document can be freed.
 * @example checkReportFile({ path: "content/fa/news/a.md", lang: "fa", text }).problems // []
 */
export function checkReportFile(file: ReportSourceFile): CheckedReportFile {
  const parsed = parseReport(file);
  return { report: parsed.report, problems: parsed.problems, registryKeys: registryKeyUses(parsed), frontmatter: parsed.frontmatter };
}

/**
 * The line of a field (or of a list field's item) in a frontmatter, found again for a problem.
 * @example frontmatterLine("title: A\ntopics: [5g, ai]\n", "topics", 1) // 3
 */
function frontmatterLine(frontmatter: string, field: string, index?: number): number {
  return parseYamlSource(frontmatter, FRONTMATTER_FIRST_LINE).lineOf(index === undefined ? [field] : [field, index]);
}

/** Registry keys are taken from the fields as written, so they are checked even when other fields are wrong. */
function registryKeyUses({ fields }: ParsedReport): RegistryKeyUse[] {
  const uses: RegistryKeyUse[] = [];
  const use = (field: keyof typeof REGISTRY_OF_FIELD, key: unknown, index?: number) => {
    if (typeof key === "string") uses.push({ field, key, index });
  };
  use("minister", fields.minister);
  use("counterpart", fields.counterpart);
  use("organization", fields.organization);
  use("venue", fields.venue);
  if (Array.isArray(fields.topics)) fields.topics.forEach((topic: unknown, index) => use("topics", topic, index));
  return uses;
}

/** One problem for each registry key that the registries do not have, with the nearest known key suggested. */
function unknownKeyProblems({ registryKeys, frontmatter }: CheckedReportFile, registries: Registries, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const { field, key, index } of registryKeys) {
    const registryName = REGISTRY_OF_FIELD[field];
    const registry = registries[registryName];
    if (Object.hasOwn(registry, key)) continue;
    problems.push({
      file,
      line: frontmatterLine(frontmatter, field, index),
      field: index === undefined ? field : `${field}[${index}]`,
      message: `unknown key "${key}" in ${registryName}.yaml${didYouMean(key, Object.keys(registry))}`,
      severity: "error",
    });
  }
  return problems;
}

/**
 * Slugs come from file names, so a repeat is found even in files whose frontmatter has errors. A
 * folder listed for its problem (a symbolic link not followed) has no slug.
 */
function repeatedSlugProblems(files: readonly { readonly path: string; readonly lang: Lang }[]): Problem[] {
  const firstBySlug = new Map<string, string>();
  const problems: Problem[] = [];
  for (const file of files) {
    if (!isReportFileName(file.path)) continue;
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
  for (const { report, frontmatter } of parsed) {
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
      line: frontmatterLine(frontmatter, "translationKey"),
      field: "translationKey",
      message: `translationKey (or slug) "${report.translationKey}" is already used by ${first.file}: each ${LOCALES[report.lang].englishName} report needs its own`,
      severity: "error",
    });
  }
  return problems;
}
