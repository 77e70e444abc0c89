/**
 * Reading the content folder from disk: `_data/*.yaml` and `fa|en/news/**\/*.md`.
 * Symbolic links are not followed, so nothing outside the content folder reaches the site.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { LANGS } from "../i18n/locales.ts";
import type { ContentSources } from "./parse-content.ts";
import type { ReportSourceFile, SourceFile } from "./source-file.ts";

/**
 * Reads every content file below `contentDir`; paths in messages are relative to `root`.
 * @example readContentSources("content").reports[0].path // "content/en/news/2016/vaezi-meets-itu-secretary-general-geneva.md"
 */
export function readContentSources(contentDir: string, root: string = process.cwd()): ContentSources {
  const display = (path: string) => relative(root, path).split(sep).join("/");
  const readIfFile = (path: string): SourceFile | undefined =>
    isPlainFile(path) ? { path: display(path), text: readFileSync(path, "utf8") } : undefined;
  const dataDir = join(contentDir, "_data");
  const reports: ReportSourceFile[] = [];
  for (const lang of LANGS) {
    for (const path of markdownFilesBelow(join(contentDir, lang, "news"))) {
      reports.push({ path: display(path), text: readFileSync(path, "utf8"), lang });
    }
  }
  return {
    dataDir: display(dataDir),
    site: readIfFile(join(dataDir, "site.yaml")),
    registries: {
      people: readIfFile(join(dataDir, "people.yaml")),
      organizations: readIfFile(join(dataDir, "organizations.yaml")),
      venues: readIfFile(join(dataDir, "venues.yaml")),
      topics: readIfFile(join(dataDir, "topics.yaml")),
    },
    reports,
  };
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

