/**
 * `npm run new`: the files of a new report, with valid frontmatter and a placeholder body that the
 * build refuses until it is replaced (contract §7).
 */
import type { DateTime } from "luxon";
import { didYouMean } from "../content/nearest-key.ts";
import { NEW_REPORT_PLACEHOLDER } from "../content/placeholder.ts";
import { REGISTRY_OF_FIELD } from "../content/parse-registries.ts";
import { registryEntryLines } from "../content/registry-entry-lines.ts";
import type { Registries } from "../content/schema.ts";
import { slugProblem } from "../content/text-rules.ts";
import { parseGregorianDate, parseJalaliDate, type ReportDate } from "../dates/report-date.ts";
import { TEHRAN_ZONE } from "../dates/tehran.ts";
import { toAsciiDigits } from "../dates/digits.ts";
import { LANGS, type Lang } from "../i18n/locales.ts";

export interface NewReportRequest {
  readonly slug: string;
  readonly title: string;
  /** The English title, required when both languages are written; with one language, `title` is that language's. */
  readonly titleEn?: string | undefined;
  readonly minister: string;
  readonly organization?: string | undefined;
  readonly counterpart?: string | undefined;
  readonly venue?: string | undefined;
  readonly topics: readonly string[];
  readonly date?: string | undefined;
  readonly jdate?: string | undefined;
  readonly langs: readonly Lang[];
  /** The registries' folder as messages name it, e.g. `content/_data`. */
  readonly dataDir: string;
}

export interface NewReportFile {
  /** Relative to the content folder, e.g. `fa/news/2025/itu-sg-baku.md`. */
  readonly path: string;
  readonly text: string;
}

export type NewReportResult = { ok: true; files: NewReportFile[] } | { ok: false; errors: string[] };

/**
 * The files for a new report, or every reason it cannot be written.
 * @example newReportFiles({ slug: "itu-sg-baku", title: "…", minister: "sattar-hashemi", topics: [], langs: ["fa", "en"] }, registries, now)
 * // { ok: true, files: [{ path: "fa/news/2025/itu-sg-baku.md", text: "---\ntitle: …" }, { path: "en/news/2025/itu-sg-baku.md", … }] }
 */
export function newReportFiles(request: NewReportRequest, registries: Registries, now: DateTime): NewReportResult {
  const errors: string[] = [];
  const slugIssue = slugProblem(request.slug);
  if (slugIssue !== undefined) errors.push(`--slug: ${slugIssue}`);
  if (request.title.trim() === "") errors.push("--title: must not be empty");
  const checkKey = (option: keyof typeof REGISTRY_OF_FIELD, key: string | undefined) => {
    if (key === undefined) return;
    const registry = REGISTRY_OF_FIELD[option];
    if (!Object.hasOwn(registries[registry], key)) {
      const addIt = registryEntryLines(registry, key).map((line) => `    ${line}`);
      errors.push(
        [`--${option}: unknown key "${key}" in ${registry}.yaml${didYouMean(key, Object.keys(registries[registry]))}`, `  to add it, put these lines at the end of ${request.dataDir}/${registry}.yaml:`, ...addIt].join("\n"),
      );
    }
  };
  if (request.langs.includes("en") && request.langs.includes("fa") && (request.titleEn ?? "").trim() === "") {
    errors.push("--title-en: is required when both languages are written: the English file needs an English title (or write one language with --lang fa)");
  }
  checkKey("minister", request.minister);
  checkKey("organization", request.organization);
  checkKey("counterpart", request.counterpart);
  checkKey("venue", request.venue);
  for (const topic of request.topics) checkKey("topics", topic);

  let date: ReportDate | undefined;
  let dateLine = "";
  if (request.date !== undefined && request.jdate !== undefined) errors.push("--date, --jdate: give one of them, not both");
  else if (request.jdate !== undefined) {
    const parsed = parseJalaliDate(request.jdate);
    if (parsed.ok) [date, dateLine] = [parsed.date, `jdate: ${quoted(request.jdate)}`];
    else errors.push(`--jdate: ${parsed.message}`);
  } else {
    // Today means today in Tehran, whatever the machine's time zone.
    const text = request.date ?? now.setZone(TEHRAN_ZONE).toISODate() ?? "";
    const parsed = parseGregorianDate(text);
    if (parsed.ok) [date, dateLine] = [parsed.date, `date: ${quoted(text)}`];
    else errors.push(`--date: ${parsed.message}`);
  }
  if (errors.length > 0 || date === undefined) return { ok: false, errors };

  const year = date.instant.year;
  const files = LANGS.filter((lang) => request.langs.includes(lang)).map((lang) => ({
    path: `${lang}/news/${year}/${request.slug}.md`,
    text: reportFileText(request, lang, dateLine),
  }));
  return { ok: true, files };
}

/** A JSON string is also a valid YAML double-quoted scalar, and keeps Persian text readable. */
const quoted = (text: string) => JSON.stringify(text);

function reportFileText(request: NewReportRequest, lang: Lang, dateLine: string): string {
  const title = lang === "en" && request.titleEn !== undefined ? request.titleEn : request.title;
  // A Jalali date typed in Persian digits is written in ASCII digits in the English file.
  const lines = [`title: ${quoted(title.trim())}`, lang === "en" ? toAsciiDigits(dateLine) : dateLine, `minister: ${request.minister}`];
  if (request.organization !== undefined) lines.push(`organization: ${request.organization}`);
  if (request.counterpart !== undefined) lines.push(`counterpart: ${request.counterpart}`);
  if (request.venue !== undefined) lines.push(`venue: ${request.venue}`);
  if (request.topics.length > 0) lines.push(`topics: [${request.topics.join(", ")}]`);
  return `---\n${lines.join("\n")}\n---\n${NEW_REPORT_PLACEHOLDER}\n`;
}
