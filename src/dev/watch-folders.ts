/**
 * Watching folders for saves: every change below them, gathered until they have been quiet for a
 * moment, so an editor's burst of writes (a swap file, the file, a rename) makes one rebuild.
 */
import { watch, type FSWatcher } from "node:fs";

/** Per watched folder, the paths below it that changed, or "everything" when the system did not say which. */
export type FolderChanges = ReadonlyMap<string, ReadonlySet<string> | "everything">;

/** How long the folders must be quiet before the changes are handed on. */
const QUIET_MS = 50;

/**
 * Watches folders recursively and calls `onChanges` once per burst of changes; `onError` hears of a
 * folder that can no longer be watched (removed, say), which would otherwise end the process.
 * @example const stop = watchFolders(["content", "layouts"], (changes) => changes.get("content"), console.error); // Set { "en/news/2025/a.md" }
 */
export function watchFolders(folders: readonly string[], onChanges: (changes: FolderChanges) => void, onError: (folder: string, error: Error) => void): () => void {
  let pending = new Map<string, Set<string> | "everything">();
  let timer: NodeJS.Timeout | undefined;
  const note = (folder: string, name: string | null) => {
    const known = pending.get(folder);
    if (name === null) pending.set(folder, "everything");
    else if (known === undefined) pending.set(folder, new Set([name]));
    else if (known !== "everything") known.add(name);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changes = pending;
      pending = new Map();
      onChanges(changes);
    }, QUIET_MS);
  };
  const watchers: FSWatcher[] = folders.map((folder) =>
    watch(folder, { recursive: true }, (_event, name) => note(folder, name)).on("error", (error) => onError(folder, error)),
  );
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}
