/**
 * Whether one path lies in a folder, by whole folder names (`/srv/content2` is not in `/srv/content`).
 */
import { sep } from "node:path";

/**
 * Whether `path` is `folder` or lies below it; both absolute, and real paths where links matter.
 * @example isSameOrInside("/repo/content/media/a.jpg", "/repo/content") // true
 * @example isSameOrInside("/repo/content2", "/repo/content") // false
 */
export function isSameOrInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);
}
