/**
 * The dev server's site: the content in memory, what each report file was found to hold, and the
 * last good site model with its pages by address. A change re-reads and re-parses only the changed
 * files, runs the checks across files over all of them, and builds the model again.
 */
import type { SiteOptions } from "../site/site-options.ts";
import { parseContent } from "../content/parse-content.ts";
import { hasErrors, type Problem } from "../content/problem.ts";
import { searchIndexFiles } from "../search/search-index.ts";
import { siteModelFor } from "../site/load-site.ts";
import { normalisePathPrefix } from "../site/site-urls.ts";
import type { SiteModel } from "../site/site-model.ts";
import { ContentFolder, type ChangedPaths } from "./content-folder.ts";
import { pageTable, type Page } from "../pages/page-table.ts";
import { CountingReportCache } from "./report-file-cache.ts";

/** What one update did. */
export type SiteUpdate =
  /** No file's text differs from before (a save without changes, an editor's swap file). */
  | { readonly kind: "unchanged" }
  | { readonly kind: "rebuilt"; readonly changedFiles: number; readonly seconds: number }
  /** The content has errors: the last good model, if any, is kept. */
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
  #served: ServedSite | undefined;

  constructor(options: SiteOptions, root: string = process.cwd()) {
    this.#options = options;
    this.#folder = new ContentFolder(options.contentDir, root);
  }

  /** The last good site, or undefined while the content has never been free of errors. */
  get served(): ServedSite | undefined {
    return this.#served;
  }

  /**
   * Reads the changed files and, when any differs, parses the content and builds the model again.
   * The first update should be `"everything"`; later ones name the changed paths below the content folder.
   */
  update(changed: ChangedPaths): SiteUpdate {
    const started = performance.now();
    const { sources, changedFiles } = this.#folder.refresh(changed);
    if (changedFiles === 0 && this.#served !== undefined) return { kind: "unchanged" };
    this.reportCache.resetCounters();
    const { content, problems } = parseContent(sources, { includeDrafts: this.#options.includeDrafts, reportCache: this.reportCache });
    this.reportCache.keepOnly(new Set(sources.reports.map((file) => file.path)));
    if (content === undefined || hasErrors(problems)) return { kind: "failed", changedFiles, problems };
    const model = siteModelFor(content, this.#options);
    const baseHref = normalisePathPrefix(this.#options.pathPrefix);
    let searchIndex: Map<string, string> | undefined;
    // Indexing takes a while in a large archive, and most rebuilds are never searched.
    this.#served = { model, pages: new Map(pageTable(model).map((page) => [page.url, page])), searchIndex: () => (searchIndex ??= searchIndexFiles(model.reports, baseHref)) };
    return { kind: "rebuilt", changedFiles, seconds: (performance.now() - started) / 1000 };
  }
}
