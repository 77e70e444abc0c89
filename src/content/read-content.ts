/**
 * Reading the content folder from disk: `_data/*.yaml` and `fa|en/news/**\/*.md`.
 * Symbolic links are not followed, so nothing outside the content folder reaches the site.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { LANGS, type Lang } from "../i18n/locales.ts";
import type { ContentSources } from "./parse-content.ts";
import type { DataSources } from "./parse-registries.ts";
import type { ReportSourceFile, SourceFile } from "./source-file.ts";

/** A report file found on disk, not read yet: where it is, how messages name it, its language. */
export interface ListedReportFile {
  readonly absolutePath: string;
  /** Relative to the root, with `/` separators, as problems print it. */
  readonly path: string;
  readonly lang: Lang;
}

/**
 * Reads every content file below `contentDir`; paths in messages are relative to `root`.
 * @example readContentSources("content").reports[0].path // "content/fa/news/2016/vaezi-itu-geneva.md"
 */
export function readContentSources(contentDir: string, root: string = process.cwd()): ContentSources {
  return { ...readDataSources(contentDir, root), reports: listReportFiles(contentDir, root).map(readReportFile) };
}

/**
 * Reads the site settings and the registries (`_data/*.yaml`); a missing file is `undefined`.
 * @example readDataSources("content").site?.path // "content/_data/site.yaml"
 */
export function readDataSources(contentDir: string, root: string = process.cwd()): DataSources {
  const dataDir = join(contentDir, "_data");
  const readIfFile = (path: string): SourceFile | undefined => (isPlainFile(path) ? { path: displayPath(path, root), text: readFileSync(path, "utf8") } : undefined);
  return {
    dataDir: displayPath(dataDir, root),
    site: readIfFile(join(dataDir, "site.yaml")),
    registries: {
      people: readIfFile(join(dataDir, "people.yaml")),
      organizations: readIfFile(join(dataDir, "organizations.yaml")),
      venues: readIfFile(join(dataDir, "venues.yaml")),
      topics: readIfFile(join(dataDir, "topics.yaml")),
    },
  };
}

/**
 * Every report file below `contentDir`, Persian first, each folder's entries by name, depth first.
 * @example listReportFiles("content")[0] // { absolutePath: "content/fa/news/2016/vaezi-itu-geneva.md", path: "content/fa/news/2016/vaezi-itu-geneva.md", lang: "fa" }
 */
export function listReportFiles(contentDir: string, root: string = process.cwd()): ListedReportFile[] {
  return LANGS.flatMap((lang) => markdownFilesBelow(join(contentDir, lang, "news")).map((path) => ({ absolutePath: path, path: displayPath(path, root), lang })));
}

/**
 * Reads a listed report file.
 * @example readReportFile(listReportFiles("content")[0]).text.startsWith("---") // true
 */
export function readReportFile(file: ListedReportFile): ReportSourceFile {
  return { path: file.path, text: readFileSync(file.absolutePath, "utf8"), lang: file.lang };
}

function displayPath(path: string, root: string): string {
  return relative(root, path).split(sep).join("/");
}

/** Folders and files whose names start with a dot (editor swap files, `.DS_Store`) are not content. */
function markdownFilesBelow(dir: string): string[] {
  if (!existsSync(dir) || !lstatSync(dir).isDirectory()) return [];
  const files: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...markdownFilesBelow(path));
    else if (entry.isFile() && entry.name.endsWith(".md")) files.push(path);
  }
  return files;
}

function isPlainFile(path: string): boolean {
  return existsSync(path) && lstatSync(path).isFile();
}

