/**
 * The dev server's memory of each report file's own findings, so that saving one report parses one
 * file again, not thousands. It counts what it answered, so tests can see what was parsed.
 */
import type { CheckedReportFile, ReportFileCache } from "../content/parse-content.ts";
import type { ReportSourceFile } from "../content/source-file.ts";

interface Entry {
  readonly text: string;
  readonly checked: CheckedReportFile;
}

/**
 * A {@link ReportFileCache} keyed by path and text, with counters of files reused and parsed.
 * @example const cache = new CountingReportCache(); parseContent(sources, { includeDrafts: true, reportCache: cache }); cache.parsed // 8000
 */
export class CountingReportCache implements ReportFileCache {
  readonly #entries = new Map<string, Entry>();
  /** Files answered from memory since the counters were last reset. */
  reused = 0;
  /** Files parsed (handed to `set`) since the counters were last reset. */
  parsed = 0;

  get(file: ReportSourceFile): CheckedReportFile | undefined {
    const entry = this.#entries.get(file.path);
    // The dev server keeps unchanged files' text as the same string, so this is usually a pointer comparison.
    if (entry === undefined || entry.text !== file.text) return undefined;
    this.reused++;
    return entry.checked;
  }

  set(file: ReportSourceFile, checked: CheckedReportFile): void {
    this.#entries.set(file.path, { text: file.text, checked });
    this.parsed++;
  }

  /** Forgets files that are no longer in the content folder, so a deleted report's memory is freed. */
  keepOnly(paths: ReadonlySet<string>): void {
    for (const path of this.#entries.keys()) if (!paths.has(path)) this.#entries.delete(path);
  }

  /** Starts both counters again from zero. */
  resetCounters(): void {
    this.reused = 0;
    this.parsed = 0;
  }

  /** How many files it remembers. */
  get size(): number {
    return this.#entries.size;
  }
}
