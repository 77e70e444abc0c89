/**
 * The content folder held in memory for the dev server: read once, then only the files a change
 * names (or that appeared) are read again, so a save in an archive of thousands of reports reads one
 * file, not all of them. It lists and reads files with the build's own functions
 * (src/content/read-content.ts), so it follows the same rules: `_data/*.yaml` and
 * `fa|en/news/**\/*.md`, names starting with a dot skipped, every file strict UTF-8, symbolic links
 * followed only inside the content folder.
 */
import { join, relative, resolve, sep } from "node:path";
import { MEDIA_DIR, mediaFolder, type InspectedPhotos } from "../content/media-folder.ts";
import type { ContentSources } from "../content/parse-content.ts";
import { listReportFiles, readContentSources, readDataFile, readReportFile, type ListedReportFile } from "../content/read-content.ts";
import type { ReportSourceFile, SourceFile } from "../content/source-file.ts";

/** Which files a refresh should read again: paths relative to the content folder, or every file. */
export type ChangedPaths = ReadonlySet<string> | "everything";

/** What a refresh found: the sources now, and how many files differ from before. */
export interface RefreshedContent {
  readonly sources: ContentSources;
  /** Files added, removed or with a different text. */
  readonly changedFiles: number;
}

const REGISTRY_NAMES = ["people", "organizations", "venues", "topics"] as const;

/** Sources before the first read: no files at all. */
const NOTHING_READ: ContentSources = { dataDir: "", site: undefined, registries: { people: undefined, organizations: undefined, venues: undefined, topics: undefined }, reports: [] };

/**
 * A content folder in memory, read whole by the first refresh and file by file after that.
 * @example const folder = new ContentFolder("content"); folder.refresh("everything"); folder.refresh(new Set(["en/news/2025/a.md"])).changedFiles // 1 when its text changed
 */
export class ContentFolder {
  readonly #dir: string;
  readonly #root: string;
  /** What starts the paths of its files as problems print them (relative to the root, `/`-separated). */
  readonly #displayPrefix: string;
  #sources: ContentSources = NOTHING_READ;
  /** What was found in each photo, so a save reads again only the photos that changed. */
  readonly #photos: InspectedPhotos = new Map();

  constructor(contentDir: string, root: string = process.cwd()) {
    this.#dir = resolve(contentDir);
    this.#root = root;
    const displayDir = relative(root, this.#dir).split(sep).join("/");
    this.#displayPrefix = displayDir === "" ? "" : `${displayDir}/`;
  }

  /** The sources as last read; no files before the first refresh. */
  get sources(): ContentSources {
    return this.#sources;
  }

  /**
   * Reads the data files and the named report files again, and any report file that appeared;
   * forgets the ones that are gone. Unchanged reports keep their very objects, text included.
   */
  refresh(changed: ChangedPaths): RefreshedContent {
    const before = this.#sources;
    if (changed === "everything") {
      this.#sources = { ...readContentSources(this.#dir, this.#root), media: mediaFolder(this.#dir, this.#root, this.#photos) };
      return { sources: this.#sources, changedFiles: changedFileCount(before, this.#sources) };
    }
    const known = new Map(before.reports.map((file) => [file.path, file]));
    const named = new Set([...changed].map((path) => `${this.#displayPrefix}${path.split(sep).join("/")}`));
    const reports: ReportSourceFile[] = [];
    let changedFiles = 0;
    let kept = 0;
    for (const listed of listReportFiles(this.#dir, this.#root)) {
      const old = known.get(listed.path);
      if (old !== undefined) kept++;
      // A link not followed is listed with its problem, so a file that became such a link is read
      // again; a file reached through a link is read every time, as its changes are named by its real path.
      if (old !== undefined && !named.has(listed.path) && old.unreadable === listed.unreadable && listed.throughLink !== true) {
        reports.push(old);
        continue;
      }
      const file = reportIfStillThere(listed);
      // Deleted since the folder was listed: the deletion's own event refreshes again.
      if (file === undefined) continue;
      const same = old !== undefined && sameFile(old, file);
      if (!same) changedFiles++;
      reports.push(same ? old : file);
    }
    changedFiles += known.size - kept;
    // The five data files are small: reading them every time is simpler than telling which changed.
    const dataDir = join(this.#dir, "_data");
    const reread = (old: SourceFile | undefined, name: string): SourceFile | undefined => {
      const file = readDataFile(join(dataDir, `${name}.yaml`), `${this.#displayPrefix}_data/${name}.yaml`);
      const same = old === undefined ? file === undefined : file !== undefined && sameFile(old, file);
      if (!same) changedFiles++;
      return same ? old : file;
    };
    this.#sources = {
      dataDir: `${this.#displayPrefix}_data`,
      site: reread(before.site, "site"),
      registries: {
        people: reread(before.registries.people, "people"),
        organizations: reread(before.registries.organizations, "organizations"),
        venues: reread(before.registries.venues, "venues"),
        topics: reread(before.registries.topics, "topics"),
      },
      reports,
      media: mediaFolder(this.#dir, this.#root, this.#photos),
    };
    // A photo changed is a change to the pages that show it.
    for (const path of changed) if (path.startsWith(`${MEDIA_DIR}/`)) changedFiles++;
    return { sources: this.#sources, changedFiles };
  }
}

/** Files whose text (or whose reason not to be read) differs, or that exist in only one of the two. */
function changedFileCount(before: ContentSources, after: ContentSources): number {
  const filesOf = (sources: ContentSources) => {
    const files = [sources.site, ...REGISTRY_NAMES.map((name) => sources.registries[name]), ...sources.reports];
    return new Map(files.flatMap((file) => (file === undefined ? [] : [[file.path, file] as const])));
  };
  const old = filesOf(before);
  const now = filesOf(after);
  let changed = 0;
  for (const [path, file] of now) {
    const was = old.get(path);
    if (was === undefined || !sameFile(was, file)) changed++;
  }
  for (const path of old.keys()) if (!now.has(path)) changed++;
  return changed;
}

/** A listed report file read, or undefined when it was removed a moment ago (an editor saving by rename). */
function reportIfStillThere(listed: ListedReportFile): ReportSourceFile | undefined {
  try {
    return readReportFile(listed);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Whether two reads of a file found the same: the same text, or the same reason it could not be read. */
function sameFile(a: SourceFile, b: SourceFile): boolean {
  return a.text === b.text && a.unreadable === b.unreadable;
}
