/**
 * Reading the content folder from disk: `_data/*.yaml` and `fa|en/news/**\/*.md`, every file as
 * strict UTF-8 (read-content-file.ts). Report files are listed by list-report-files.ts, which follows
 * symbolic links only inside the content folder; the data files are read through a link wherever it
 * leads, as a deployment may keep them elsewhere, and they hold nothing that is not published anyway.
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import { displayPath, listReportFiles, type ListedReportFile } from "./list-report-files.ts";
import { mediaFolder, type InspectedPhotos } from "./media-folder.ts";
import type { ContentSources } from "./parse-content.ts";
import type { DataSources } from "./parse-registries.ts";
import { readContentFile } from "./read-content-file.ts";
import type { ReportSourceFile, SourceFile } from "./source-file.ts";

export { listReportFiles, type ListedReportFile } from "./list-report-files.ts";

/**
 * Reads every content file below `contentDir`; paths in messages are relative to `root`; see
 * {@link readDataSources} for `inspected`.
 * @example readContentSources("content").reports[0].path // "content/fa/news/2016/vaezi-itu-geneva.md"
 */
export function readContentSources(contentDir: string, root: string = process.cwd(), inspected?: InspectedPhotos): ContentSources {
  return { ...readDataSources(contentDir, root, inspected), reports: listReportFiles(contentDir, root).map(readReportFile) };
}

/**
 * Reads the site settings and the registries (`_data/*.yaml`); a missing file is `undefined`. The
 * photos are read when a report names them, each once, unless `inspected` knows it unchanged.
 * @example readDataSources("content").site?.path // "content/_data/site.yaml"
 */
export function readDataSources(contentDir: string, root: string = process.cwd(), inspected?: InspectedPhotos): DataSources {
  const dataDir = join(contentDir, "_data");
  const read = (name: string) => readDataFile(join(dataDir, `${name}.yaml`), displayPath(join(dataDir, `${name}.yaml`), root));
  return {
    dataDir: displayPath(dataDir, root),
    site: read("site"),
    registries: { people: read("people"), organizations: read("organizations"), venues: read("venues"), topics: read("topics") },
    media: mediaFolder(contentDir, root, inspected),
  };
}

/**
 * Reads a data file, following a symbolic link; undefined when there is no file there (or it was
 * removed a moment ago, as an editor saving by rename does).
 * @example readDataFile("content/_data/site.yaml", "content/_data/site.yaml")?.text.startsWith("url:") // true
 */
export function readDataFile(absolutePath: string, path: string): SourceFile | undefined {
  if (statSync(absolutePath, { throwIfNoEntry: false })?.isFile() !== true) return undefined;
  try {
    return { path, ...readContentFile(absolutePath) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Reads a listed report file; one listed with its problem (a link not followed) is not read at all.
 * @example readReportFile(listReportFiles("content")[0]).text.startsWith("---") // true
 */
export function readReportFile(file: ListedReportFile): ReportSourceFile {
  if (file.unreadable !== undefined) return { path: file.path, text: "", unreadable: file.unreadable, lang: file.lang };
  return { path: file.path, ...readContentFile(file.absolutePath), lang: file.lang };
}
