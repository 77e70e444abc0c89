/**
 * Parsing one report file: frontmatter against the schema, the file name as slug, the body.
 * Checks that need other files (registry keys, unique slugs) are in `parse-content.ts`.
 */
import { LOCALES, type Lang } from "../i18n/locales.ts";
import { bodyImageReferences } from "../markdown/body-images.ts";
import { controlCharacterLines } from "./control-characters.ts";
import { FRONTMATTER_FIRST_LINE, splitFrontmatter } from "./frontmatter.ts";
import { isReportFileName } from "./list-report-files.ts";
import { MEDIA_URL_PREFIX, mediaPathOf, mediaPathProblem } from "./media-path.ts";
import { placeholderLine } from "./placeholder.ts";
import type { Problem } from "./problem.ts";
import type { BodyImage, Report } from "./report.ts";
import { reportDescription } from "./report-description.ts";
import { reportFrontmatterSchema } from "./schema.ts";
import { schemaProblems } from "./schema-problems.ts";
import type { ReportSourceFile } from "./source-file.ts";
import { bidiControlProblem, slugProblem } from "./text-rules.ts";
import { escapedControlCharacterLines } from "./yaml-escapes.ts";
import { bidiControlLines, parseYamlSource, quickYamlSource, type YamlSource } from "./yaml-source.ts";

export interface ParsedReport {
  /** The report, when the file itself has no error. */
  readonly report: Report | undefined;
  readonly problems: Problem[];
  /** The frontmatter as written, for checks that need other files even when this one has errors. */
  readonly fields: Readonly<Record<string, unknown>>;
  /** The frontmatter's YAML text ("" without one), where a problem found later (an unknown registry key) finds its line. */
  readonly frontmatter: string;
}

/**
 * Parses a report file.
 * @example parseReport({ path: "content/en/news/2025/itu.md", lang: "en", text: "---\ntitle: …\n---\nBody" }).report?.slug // "itu"
 */
export function parseReport(file: ReportSourceFile): ParsedReport {
  if (file.unreadable !== undefined) {
    return { report: undefined, problems: [{ file: file.path, field: "file", message: file.unreadable, severity: "error" }], fields: {}, frontmatter: "" };
  }
  // Nearly every file is valid, and js-yaml reads it several times faster than `yaml`. A file with
  // any problem is read again with `yaml` alone, so what is reported, and on which line, is `yaml`'s.
  const quick = parseReportWith(file, quickYamlSource);
  return quick.problems.length === 0 ? quick : parseReportWith(file, parseYamlSource);
}

function parseReportWith(file: ReportSourceFile, readYaml: (text: string, firstLine: number) => YamlSource): ParsedReport {
  const problems: Problem[] = [];
  const add = (field: string, message: string, line?: number) =>
    problems.push({ file: file.path, line, field, message, severity: "error" });

  const slug = slugOf(file.path);
  const nameProblem = bidiControlProblem(file.path) ?? slugProblem(slug);
  if (nameProblem !== undefined) add("slug", `the file name ${nameProblem}`);

  const split = splitFrontmatter(file.text);
  // Control characters are looked for in the file as it is, frontmatter and body: a CR is allowed
  // only before a newline, which splitting the file no longer tells.
  const controlCharacters = controlCharacterLines(file.text);
  if (split === undefined) {
    add("frontmatter", "expected the file to start with a `---` line, the frontmatter, and a closing `---` line", 1);
    for (const { line, message } of controlCharacters) add("file", message, line);
    return { report: undefined, problems, fields: {}, frontmatter: "" };
  }
  const frontmatter = split.yaml;
  const source = readYaml(frontmatter, FRONTMATTER_FIRST_LINE);
  const lineOf = (field: string, index?: number) => source.lineOf(index === undefined ? [field] : [field, index]);
  const fieldAt = (line: number) => (line >= split.bodyFirstLine ? "body" : (source.topLevelKeyAt(line) ?? "frontmatter"));

  for (const { line, message } of bidiControlLines(split.yaml, FRONTMATTER_FIRST_LINE)) {
    add(source.topLevelKeyAt(line) ?? "frontmatter", message, line);
  }
  for (const { line, message } of controlCharacters) add(fieldAt(line), message, line);
  for (const { line, message } of escapedControlCharacterLines(frontmatter, source.value, FRONTMATTER_FIRST_LINE)) add(fieldAt(line), message, line);
  if (split.body.trim() === "") add("body", "is empty: a report needs its text below the frontmatter", split.bodyFirstLine);
  const placeholder = placeholderLine(split.body);
  if (placeholder !== undefined) {
    add("body", "still holds the placeholder that `npm run new` wrote: replace it with the report's text", split.bodyFirstLine + placeholder - 1);
  }
  // The body's photos are checked whatever the frontmatter holds, so their problems come with its own.
  const bodyImages = checkedBodyImages(split.body, file.lang, split.bodyFirstLine, add);

  if (source.syntaxErrors.length > 0) {
    for (const { line, message } of source.syntaxErrors) add("yaml", `invalid YAML: ${message}`, line);
    return { report: undefined, problems, fields: {}, frontmatter };
  }
  if (source.value === null || source.value === undefined || typeof source.value !== "object" || Array.isArray(source.value)) {
    add("frontmatter", "expected a mapping of fields (title, date, minister, …)", FRONTMATTER_FIRST_LINE);
    return { report: undefined, problems, fields: {}, frontmatter };
  }

  const fields = source.value as Record<string, unknown>;
  if (fields.date === undefined && fields.jdate === undefined) {
    add("date", "is required: give `date` (Gregorian, e.g. \"2025-11-18\") or `jdate` (Jalali, e.g. \"1404-08-27\")", FRONTMATTER_FIRST_LINE);
  } else if (fields.date !== undefined && fields.jdate !== undefined) {
    add("jdate", "give either `date` or `jdate`, not both", lineOf("jdate"));
  }

  const result = reportFrontmatterSchema.safeParse(fields, { reportInput: true });
  if (!result.success) {
    problems.push(...schemaProblems(result.error.issues, { file: file.path, source, schema: reportFrontmatterSchema }));
    return { report: undefined, problems, fields, frontmatter };
  }
  const values = result.data;
  if (values.lang !== undefined && values.lang !== file.lang) {
    add("lang", `is "${values.lang}" but the file is in the ${file.lang}/ folder (${LOCALES[file.lang].englishName})`, lineOf("lang"));
  }
  const date = values.date ?? values.jdate;
  if (problems.length > 0 || date === undefined) return { report: undefined, problems, fields, frontmatter };

  const report: Report = {
    file: file.path,
    lang: file.lang,
    slug,
    translationKey: values.translationKey ?? slug,
    title: values.title,
    date,
    minister: values.minister,
    organization: values.organization,
    counterpart: values.counterpart,
    venue: values.venue,
    topics: values.topics ?? [],
    event: values.event,
    summary: values.summary,
    source: values.source,
    image: values.image,
    bodyImages,
    draft: values.draft ?? false,
    body: split.body,
    bodyFirstLine: split.bodyFirstLine,
    description: reportDescription({ summary: values.summary, body: split.body, lang: file.lang }),
  };
  return { report, problems, fields, frontmatter };
}

/**
 * The photos a body shows, each from `content/media/` and described; a problem for every other.
 * Whether each file is there and is a photo is checked with the content folder (media-folder.ts).
 */
function checkedBodyImages(body: string, lang: Lang, bodyFirstLine: number, add: (field: string, message: string, line?: number) => void): BodyImage[] {
  const images: BodyImage[] = [];
  for (const { src, alt, line: bodyLine } of bodyImageReferences(body, lang)) {
    const line = bodyFirstLine + bodyLine - 1;
    if (!src.startsWith(MEDIA_URL_PREFIX)) {
      add("image", `"${src}": expected a photo from content/media/, written as ![what it shows](/media/2025/itu-baku.jpg)`, line);
      continue;
    }
    const problem = mediaPathProblem(mediaPathOf(src));
    if (problem !== undefined) add("image", `"${src}": expected a path below /media/: ${problem}`, line);
    else if (alt.trim() === "") add("image", `${src}: the text in ![…] is empty: say what the photo shows, for readers who cannot see it`, line);
    else images.push({ src: mediaPathOf(src), line });
  }
  return images;
}

/**
 * The slug of a report file: its name without `.md`, whatever the extension's case.
 * @example slugOf("content/fa/news/2025/itu-sg-baku.md") // "itu-sg-baku"
 * @example slugOf("content/en/news/2025/itu-sg-baku.MD") // "itu-sg-baku"
 */
export function slugOf(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return isReportFileName(name) ? name.slice(0, -".md".length) : name;
}
