/**
 * Whether a build may write to an output folder. A build replaces its output folder whole, so the
 * folder must be one khabar owns: never the content, the layouts, the project itself or a git work
 * tree, and never a folder of someone else's files (contract §1).
 */
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { isSameOrInside } from "../files/path-inside.ts";

/** The file every build leaves in its output, by which khabar knows a folder it may replace. */
export const OUTPUT_MARKER = ".khabar-site";

/** The marker's text, for a person who finds the file. */
export const OUTPUT_MARKER_TEXT = "This folder was written by khabar (npm run build); the next build replaces it whole.\n";

/** The folders an output folder must stay clear of. */
export interface ProtectedFolders {
  readonly contentDir: string;
  readonly layoutsDir: string;
  readonly projectDir: string;
}

/**
 * Why a build must not write to `outDir`, as one line saying what to do, or undefined when it may.
 * @example outputFolderRefusal("content", { contentDir: "content", layoutsDir: "layouts", projectDir: "." }) // "--out content: refused: it is the content folder; build into a folder of its own, such as dist"
 * @example outputFolderRefusal("dist", { contentDir: "content", layoutsDir: "layouts", projectDir: "." }) // undefined
 */
export function outputFolderRefusal(outDir: string, folders: ProtectedFolders): string | undefined {
  const out = realPath(outDir);
  const refused = (why: string, what = "build into a folder of its own, such as dist") => `--out ${outDir}: refused: ${why}; ${what}`;
  const project = realPath(folders.projectDir);
  if (out === project) return refused("it is the project's own folder");
  for (const [name, dir] of [
    ["the content folder", folders.contentDir],
    ["the layouts folder", folders.layoutsDir],
  ] as const) {
    const protectedDir = realPath(dir);
    if (out === protectedDir) return refused(`it is ${name}`);
    if (isInside(protectedDir, out)) return refused(`it holds ${name}`);
    if (isInside(out, protectedDir)) return refused(`it lies inside ${name}`);
  }
  if (isInside(project, out)) return refused("it holds the project's folder");
  if (!existsSync(out)) return undefined;
  if (!statSync(out).isDirectory()) return refused("it is a file, not a folder");
  if (existsSync(join(out, ".git"))) return refused("it holds a git work tree (.git)");
  const entries = readdirSync(out);
  if (entries.length > 0 && !entries.includes(OUTPUT_MARKER) && !looksLikeEarlierKhabarOutput(out)) {
    return refused(`it is not empty and khabar did not write it (it has no ${OUTPUT_MARKER})`, "choose a new or empty folder, or empty this one yourself");
  }
  return undefined;
}

/**
 * A site that khabar built before it left its marker: the stylesheet and the search index are khabar's own.
 * Without this, the first build after an update would refuse the `dist/` of the build before it.
 */
function looksLikeEarlierKhabarOutput(dir: string): boolean {
  return existsSync(join(dir, "assets", "khabar.css")) && existsSync(join(dir, "search-index")) && existsSync(join(dir, "sitemap.xml"));
}

/** `inner` lies below `outer` (not equal to it). */
function isInside(inner: string, outer: string): boolean {
  return inner !== outer && isSameOrInside(inner, outer);
}

/** The absolute path with every link resolved, for a path that may not exist yet: its nearest existing folder's real path, and the rest. */
function realPath(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
}
