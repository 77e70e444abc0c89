/**
 * Writing a file of a build, so that a failure names the file: Node's error for a full disk during
 * `write` carries no path, and "no space left on device" alone does not say where.
 */
import { writeFileSync } from "node:fs";

/**
 * Writes `data` to `path`; a failure is thrown with `path` on it.
 * @example writeFileNamingFailures("/srv/.dist.building-42/fa/index.html", html)
 */
export function writeFileNamingFailures(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (error) {
    const failure = error as NodeJS.ErrnoException;
    failure.path ??= path;
    throw failure;
  }
}
