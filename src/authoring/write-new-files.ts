/**
 * Writing new files without ever replacing one: each file appears whole or not at all.
 */
import { existsSync, linkSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Writes files that must not exist yet; returns the paths that already exist, writing nothing, if any do.
 * @example writeNewFiles("content", [{ path: "fa/news/2025/x.md", text: "…" }]) // [] (written)
 */
export function writeNewFiles(baseDir: string, files: readonly { path: string; text: string }[]): string[] {
  const existing = files.map((file) => join(baseDir, file.path)).filter((path) => existsSync(path));
  if (existing.length > 0) return existing;
  for (const file of files) {
    const target = join(baseDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, file.text, { flag: "wx" });
    try {
      // A hard link fails if the target exists, so a file written meanwhile is never replaced.
      linkSync(temporary, target);
    } finally {
      rmSync(temporary, { force: true });
    }
  }
  return [];
}
