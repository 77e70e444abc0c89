/**
 * Finding the report files: every `*.md` (the extension in any case) below `content/fa/news/` and
 * `content/en/news/`. A symbolic link is followed while it leads to a file or folder inside the
 * content folder; one that leads outside it, into a loop or nowhere is not followed and is listed with
 * its problem, so that no file is left out of the site without a word and none from outside gets in.
 */
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Stats } from "node:fs";
import { join, relative, sep } from "node:path";
import { isSameOrInside } from "../files/path-inside.ts";
import { LANGS, type Lang } from "../i18n/locales.ts";

/** A report file found on disk, not read yet: where it is, how messages name it, its language. */
export interface ListedReportFile {
  readonly absolutePath: string;
  /** Relative to the root, with `/` separators, as problems print it. */
  readonly path: string;
  readonly lang: Lang;
  /** Why it is not read (a symbolic link that is not followed), as its problem's message; undefined for a file to read. */
  readonly unreadable?: string | undefined;
  /**
   * True for a file reached through a symbolic link: a change to it is seen at its real path, not at
   * this one, so the dev server reads such files again on every change.
   */
  readonly throughLink?: true | undefined;
}

/**
 * Every report file below `contentDir`, Persian first, each folder's entries by name, depth first.
 * @example listReportFiles("content")[0] // { absolutePath: "content/fa/news/2016/vaezi-itu-geneva.md", path: "content/fa/news/2016/vaezi-itu-geneva.md", lang: "fa" }
 */
export function listReportFiles(contentDir: string, root: string = process.cwd()): ListedReportFile[] {
  const contentReal = realpathIfThere(contentDir);
  if (contentReal === undefined) return [];
  return LANGS.flatMap((lang) => {
    const listing = new Listing(contentReal, lang, root);
    // `content/<lang>` and `content/<lang>/news` may be links too, under the same rule.
    const langDir = listing.folderToWalk(join(contentDir, lang), [contentReal]);
    if (langDir === undefined) return listing.files;
    const newsPath = join(contentDir, lang, "news");
    const newsDir = listing.folderToWalk(newsPath, [contentReal, langDir]);
    const throughLink = newsDir !== undefined && newsDir !== join(contentReal, lang, "news");
    if (newsDir !== undefined) listing.walk(newsPath, [contentReal, langDir, newsDir], throughLink);
    return listing.files;
  });
}

/**
 * Whether a file name is a report's: `.md` in any case, as editors on Windows and macOS may save it.
 * @example isReportFileName("itu-baku.MD") // true
 */
export function isReportFileName(name: string): boolean {
  return name.length > 3 && name.slice(-3).toLowerCase() === ".md";
}

/** The report files of one language, gathered folder by folder. */
class Listing {
  readonly files: ListedReportFile[] = [];

  constructor(
    readonly contentReal: string,
    readonly lang: Lang,
    readonly root: string,
  ) {}

  /**
   * The real path of a folder to walk, or undefined when there is none there or it is a link not
   * followed (then listed with its problem). `walking` holds the real paths of the folders being walked.
   */
  folderToWalk(path: string, walking: readonly string[]): string | undefined {
    const own = lstatIfThere(path);
    if (own === undefined) return undefined;
    if (!own.isSymbolicLink()) return own.isDirectory() ? realpathSync(path) : undefined;
    const target = this.followed(path, walking);
    return target?.stats.isDirectory() ? target.real : undefined;
  }

  /** Lists the report files below a folder; a dot starts the names of editor swap files and `.DS_Store`, which are not content. */
  walk(dir: string, walking: readonly string[], throughLink: boolean): void {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) this.walk(path, [...walking, realpathSync(path)], throughLink);
      else if (entry.isFile()) {
        if (isReportFileName(entry.name)) this.add(path, throughLink);
      } else if (entry.isSymbolicLink()) {
        const target = this.followed(path, walking);
        if (target?.stats.isDirectory()) this.walk(path, [...walking, target.real], true);
        else if (target?.stats.isFile() && isReportFileName(entry.name)) this.add(path, true);
      }
    }
  }

  /**
   * Where a symbolic link leads, when it is to be followed: inside the content folder, not to a
   * folder being walked (which would list the same files forever). Otherwise the link is listed
   * with its problem. A link to a file that is not a report (say `notes.txt`) is not content, wherever it leads.
   */
  followed(path: string, walking: readonly string[]): { readonly real: string; readonly stats: Stats } | undefined {
    const written = readlinkSync(path);
    const real = realpathIfThere(path);
    const stats = real === undefined ? undefined : statSync(real);
    if (real === undefined || stats === undefined) {
      this.refuse(path, `is a symbolic link to ${written}, which leads to no file or folder; khabar cannot follow it — remove the link or restore what it leads to`);
      return undefined;
    }
    if (stats.isFile() && !isReportFileName(path)) return { real, stats };
    if (!isSameOrInside(real, this.contentReal)) {
      this.refuse(path, `is a symbolic link to ${written} outside the content folder; khabar does not follow it — move the files into the content folder`);
      return undefined;
    }
    if (stats.isDirectory() && walking.some((folder) => isSameOrInside(folder, real))) {
      this.refuse(path, `is a symbolic link to ${written}, a folder it is itself in; khabar does not follow it, which would list the same files forever — remove the link`);
      return undefined;
    }
    return { real, stats };
  }

  add(path: string, throughLink: boolean): void {
    const file = { absolutePath: path, path: displayPath(path, this.root), lang: this.lang };
    this.files.push(throughLink ? { ...file, throughLink } : file);
  }

  refuse(path: string, unreadable: string): void {
    this.files.push({ absolutePath: path, path: displayPath(path, this.root), lang: this.lang, unreadable });
  }
}

/**
 * A path relative to the root, with `/` separators, as problems print it.
 * @example displayPath("/repo/content/fa/news/a.md", "/repo") // "content/fa/news/a.md"
 */
export function displayPath(path: string, root: string): string {
  return relative(root, path).split(sep).join("/");
}


/** A path's own status (a link's, not its target's), or undefined when nothing is there. */
function lstatIfThere(path: string): Stats | undefined {
  return lstatSync(path, { throwIfNoEntry: false });
}

/** A path's real path, every link resolved, or undefined when it leads nowhere (a missing target, a loop of links). */
function realpathIfThere(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
