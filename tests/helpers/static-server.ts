/**
 * A static file server on 127.0.0.1 for browser tests: serves a built site as a web host would.
 */
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml; charset=utf-8",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".webp": "image/webp",
  ".jpg": "image/jpeg",
};

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves a folder: `/x/` is `/x/index.html`, a missing file is `/404.html` with status 404.
 * @example const server = await serveStatic("dist"); // server.origin === "http://127.0.0.1:41234"
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname));
    const file = join(root, path.endsWith("/") ? `${path}index.html` : path);
    readFile(file)
      .then((body) => {
        // Kept by the browser from page to page, as a host's cache headers would let it: the stylesheet,
        // fonts and script are fetched once a test file, not once a page.
        const kept = [".css", ".woff2", ".js"].includes(extname(file)) ? { "cache-control": "max-age=3600" } : {};
        response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...kept });
        response.end(body);
      })
      .catch(async () => {
        response.writeHead(404, { "content-type": TYPES[".html"] });
        response.end(await readFile(join(root, "404.html")).catch(() => "not found"));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
