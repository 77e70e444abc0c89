/**
 * The `content-type` of a file the dev server sends, by its address, as a static host would send it.
 */
import { extname } from "node:path/posix";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
};

/**
 * The content type of an address; a folder's address (`/fa/`) is its `index.html`.
 * @example contentTypeOf("/fa/feed.xml") // "application/xml; charset=utf-8"
 */
export function contentTypeOf(path: string): string {
  if (path.endsWith("/")) return CONTENT_TYPES[".html"] as string;
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}
