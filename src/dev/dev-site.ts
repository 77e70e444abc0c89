/**
 * The dev server's site: the content in memory, what each report file was found to hold, and the
 * site model with its pages by address. A change re-reads and re-parses only the changed files,
 * runs the checks across files over all of them, and builds the model again.
 *
 * Errors are per file: a report file with an error keeps its last good page (or has none), every
 * other save still shows, and the errors stand in {@link DevSite.problems} until they are fixed.
 */
import { parseContent, type ContentSources } from "../content/parse-content.ts";
import { slugOf } from "../content/parse-report.ts";
import type { Problem } from "../content/problem.ts";
import type { ReportSourceFile } from "../content/source-file.ts";
import { pageTable, type Page } from "../pages/page-table.ts";
import { searchIndexFiles } from "../search/search-index.ts";
import { siteModelFor } from "../site/load-site.ts";
import type { SiteModel } from "../site/site-model.ts";
import type { SiteOptions } from "../site/site-options.ts";
import { reportPath } from "../site/site-urls.ts";
import { ContentFolder, type ChangedPaths } from "./content-folder.ts";
import { CountingReportCache } from "./report-file-cache.ts";
import { errorsOf, parseSettingAside } from "./set-aside-broken-reports.ts";

/** What one update did. */
export type SiteUpdate =
  /** No file's text differs from before (a save without changes, an editor's swap file). */
  | { readonly kind: "unchanged" }
  /** The site was built again; `problems` are the errors of the report files set aside (none when all is well). */
  | { readonly kind: "rebuilt"; readonly changedFiles: number; readonly seconds: number; readonly problems: readonly Problem[] }
  /** The content has errors no report file can be set aside for (a data file's): the last good site, if any, is kept. */
  | { readonly kind: "failed"; readonly changedFiles: number; readonly problems: readonly Problem[] };

/** The last good model, its pages by address, and its search index's files. */
export interface ServedSite {
  readonly model: SiteModel;
  /** The page table, by address. */
  readonly pages: ReadonlyMap<string, Page>;
  /** The search index's files by path below the site's root (`search-index/fa/index.json`), made on first use. */
  readonly searchIndex: () => ReadonlyMap<string, string>;
}

/**
 * A site kept up to date in memory for the dev server.
 * @example const site = new DevSite(options); site.update("everything").kind // "rebuilt"
 */
export class DevSite {
  readonly #options: SiteOptions;
  readonly #folder: ContentFolder;
  /** Each report file's own findings, by path and text. */
  readonly reportCache = new CountingReportCache();
  /** Per report file, the file as it was in the last site built. */
  readonly #lastGood = new Map<string, ReportSourceFile>();
  #served: ServedSite | undefined;
  #problems: readonly Problem[] = [];
  #brokenReportPages: ReadonlyMap<string, readonly Problem[]> = new Map();
  #loaded = false;

  constructor(options: SiteOptions, root: string = process.cwd()) {
    this.#options = options;
    this.#folder = new ContentFolder(options.contentDir, root);
  }

  /** The last good site, or undefined while the content has never been usable. */
  get served(): ServedSite | undefined {
    return this.#served;
  }

  /** The errors in the content as it is now, in every file; empty when all is well. */
  get problems(): readonly Problem[] {
    return this.#problems;
  }

  /**
   * The addresses of reports that have no page because their file has errors, with those errors.
   * A report with a last good page is not here: that page is served.
   */
  get brokenReportPages(): ReadonlyMap<string, readonly Problem[]> {
    return this.#brokenReportPages;
  }

  /**
   * Reads the changed files and, when any differs, parses the content and builds the model again.
   * The first update should be `"everything"`; later ones name the changed paths below the content folder.
   */
  update(changed: ChangedPaths): SiteUpdate {
    const started = performance.now();
    const { sources, changedFiles } = this.#folder.refresh(changed);
    if (changedFiles === 0 && this.#loaded) return { kind: "unchanged" };
    this.#loaded = true;
    this.reportCache.resetCounters();
    const parse = (some: ContentSources) => parseContent(some, { includeDrafts: this.#options.includeDrafts, reportCache: this.reportCache });
    let problems: readonly Problem[] | undefined;
    const { parsed, reports } = parseSettingAside(sources, this.#lastGood, (some) => {
      const result = parse(some);
      // The first parse is of the files as they are: its errors are the ones to show.
      problems ??= errorsOf(result.problems);
      return result;
    });
    this.#problems = problems ?? [];
    const paths = new Set(sources.reports.map((file) => file.path));
    this.reportCache.keepOnly(paths);
    for (const path of this.#lastGood.keys()) if (!paths.has(path)) this.#lastGood.delete(path);
    if (parsed.content === undefined) {
      this.#brokenReportPages = new Map();
      return { kind: "failed", changedFiles, problems: this.#problems };
    }
    for (const file of reports) this.#lastGood.set(file.path, file);
    const model = siteModelFor(parsed.content, this.#options);
    let searchIndex: Map<string, string> | undefined;
    // Indexing takes a while in a large archive, and most rebuilds are never searched.
    const served: ServedSite = { model, pages: new Map(pageTable(model).map((page) => [page.url, page])), searchIndex: () => (searchIndex ??= searchIndexFiles(model.reports, model.baseHref)) };
    this.#served = served;
    this.#brokenReportPages = brokenReportPages(sources.reports, new Set(reports.map((file) => file.path)), this.#problems, served);
    return { kind: "rebuilt", changedFiles, seconds: (performance.now() - started) / 1000, problems: this.#problems };
  }
}

/** The report files left out of the site for their errors, by the address their page would have. */
function brokenReportPages(all: readonly ReportSourceFile[], kept: ReadonlySet<string>, problems: readonly Problem[], served: ServedSite): Map<string, readonly Problem[]> {
  const pages = new Map<string, Problem[]>();
  for (const file of all) {
    if (kept.has(file.path)) continue;
    const address = reportPath(file.lang, slugOf(file.path));
    // Another file's page at the same address (a repeated slug) is served, with the overlay.
    if (served.pages.has(address)) continue;
    const own = problems.filter((problem) => problem.file === file.path);
    pages.set(address, [...(pages.get(address) ?? []), ...own]);
  }
  return pages;
}
