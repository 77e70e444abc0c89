/**
 * Watching folders for saves: every change below them, gathered until they have been quiet for a
 * moment, so an editor's burst of writes (a swap file, the file, a rename) makes one rebuild.
 *
 * chokidar watches each folder and each file, and watches a file again when a save replaces it with
 * a new one (a temporary file renamed over it, as many editors, `sed -i` and `git checkout` save).
 * Node's own recursive `fs.watch` on Linux kept watching the replaced file, so after one such save
 * it saw nothing more of it.
 */
import { relative, resolve, sep } from "node:path";
import { watch } from "chokidar";

/** Per watched folder, the paths below it that changed (relative to it). */
export type FolderChanges = ReadonlyMap<string, ReadonlySet<string>>;

/** A running watch: `ready` once every folder is watched, `close` to stop. */
export interface FolderWatch {
  /** Resolves once the folders have been scanned; saves before it may go unseen. */
  readonly ready: Promise<void>;
  /** Stops watching; no `onChanges` call follows, even of a burst already begun. */
  close(): Promise<void>;
}

/**
 * How long the folders must be quiet before the changes are handed on. chokidar drops a second
 * `change` of one file within 50 ms of the first; waiting at least that long after the last event
 * means the files are read after any such dropped write.
 */
const QUIET_MS = 50;

/**
 * Watches folders recursively and calls `onChanges` once per burst of changes; `onError` hears of
 * a folder, or a part of one, that cannot be watched (no permission, say), which would otherwise end the process.
 * @example const watching = watchFolders(["content", "layouts"], (changes) => changes.get("content"), console.error); // Set { "en/news/2025/a.md" }
 */
export function watchFolders(folders: readonly string[], onChanges: (changes: FolderChanges) => void, onError: (folder: string, error: Error) => void): FolderWatch {
  const roots = folders.map((folder) => ({ folder, absolute: resolve(folder) }));
  const rootOf = (path: string) => {
    const absolute = resolve(path);
    return roots.find((root) => absolute === root.absolute || absolute.startsWith(root.absolute + sep));
  };
  let pending = new Map<string, Set<string>>();
  let timer: NodeJS.Timeout | undefined;
  const note = (path: string) => {
    const root = rootOf(path);
    if (root === undefined) return;
    const below = relative(root.absolute, resolve(path));
    const known = pending.get(root.folder);
    if (known === undefined) pending.set(root.folder, new Set([below]));
    else known.add(below);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changes = pending;
      pending = new Map();
      onChanges(changes);
    }, QUIET_MS);
  };
  // Links are not followed: one leading outside the content folder (refused as content) could lead
  // to a whole disk. A file reached through a link inside the folder is seen at its real path.
  const watcher = watch([...folders], { ignoreInitial: true, persistent: true, followSymlinks: false });
  // Every kind of event (add, change, unlink, addDir, unlinkDir) names a path whose file may differ now.
  watcher.on("all", (_event, path) => note(path));
  watcher.on("error", (error: unknown) => {
    const failure = error instanceof Error ? error : new Error(String(error));
    const path = (failure as NodeJS.ErrnoException).path;
    onError((path === undefined ? undefined : rootOf(path))?.folder ?? folders.join(", "), failure);
  });
  const ready = new Promise<void>((done) => watcher.once("ready", done));
  return {
    ready,
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
