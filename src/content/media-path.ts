/**
 * Paths of photos below `content/media/`: as the frontmatter's `image.src` writes them
 * (`2025/itu-baku.jpg`) and as a report body does (`/media/2025/itu-baku.jpg`).
 */

/** How a report body addresses a photo of the content folder. */
export const MEDIA_URL_PREFIX = "/media/";

/**
 * The path below `content/media/` of a photo as written, with or without `/media/` before it.
 * @example mediaPathOf("/media/2025/itu-baku.jpg") // "2025/itu-baku.jpg"
 * @example mediaPathOf("2025/itu-baku.jpg") // "2025/itu-baku.jpg"
 */
export function mediaPathOf(written: string): string {
  return written.replace(/^\/?media\//, "");
}

/**
 * Why a path cannot name a file below `content/media/`, or undefined when it can.
 * @example mediaPathProblem("../secret.jpg") // "it leaves the folder"
 */
export function mediaPathProblem(path: string): string | undefined {
  if (path === "") return "it is empty";
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith("//")) return "photos are taken from the content folder, not from other sites";
  if (path.includes("\\")) return "write / between folders";
  if (path.startsWith("/")) return "it must start below content/media/ (or with /media/)";
  const parts = path.split("/");
  if (parts.includes("..")) return "it leaves the folder";
  if (parts.some((part) => part === "" || part === ".")) return "write each folder once, without // or ./";
  return undefined;
}
