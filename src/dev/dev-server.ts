/**
 * The dev server's HTTP side: answers each request from the site in memory, rendering a page only
 * when it is asked for, and adds the live-reload script to every HTML page it sends.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { contentTypeOf } from "./content-type.ts";
import type { DevSite, ServedSite } from "./dev-site.ts";
import { RELOAD_EVENTS_PATH, ReloadEvents, withReloadScript } from "./live-reload.ts";
import type nunjucks from "nunjucks";
import { renderPage } from "../render/render-page.ts";
import { NOT_FOUND_PATH } from "../site/site-urls.ts";
import { resolveAddress } from "./resolve-address.ts";
import { staticFile } from "./static-files.ts";

/** What the server answers from. */
export interface DevServerSources {
  readonly site: DevSite;
  /** The Nunjucks environment now (src/render/nunjucks-environment.ts); the caller makes a new one when a layout changes. */
  readonly environment: () => nunjucks.Environment;
  readonly events: ReloadEvents;
  /** Where a page that fails to render is reported (the terminal). */
  readonly reportError: (message: string) => void;
}

const SEARCH_INDEX_PREFIX = "/search-index/";
const TEXT = contentTypeOf("/robots.txt");
const HTML = contentTypeOf("/");

/**
 * An HTTP server for the dev site; call `listen` on it.
 * @example createDevServer({ site, environment: () => environment, events, reportError: console.error }).listen(8080)
 */
export function createDevServer(sources: DevServerSources): Server {
  return createServer((request, response) => {
    answer(request, response, sources).catch((error: unknown) => {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      sources.reportError(`khabar: ${request.url ?? ""}: ${message}`);
      if (!response.headersSent) send(request, response, 500, TEXT, `khabar: this page failed to render:\n\n${message}\n`);
      else response.end();
    });
  });
}

async function answer(request: IncomingMessage, response: ServerResponse, sources: DevServerSources): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") return send(request, response, 405, TEXT, "khabar: the dev server only answers GET and HEAD\n");
  const url = new URL(request.url ?? "/", "http://localhost");
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return send(request, response, 400, TEXT, "khabar: the address is not valid percent-encoding\n");
  }
  if (pathname === RELOAD_EVENTS_PATH) return sources.events.open(response);

  const file = await staticFile(pathname);
  if (file !== undefined) return send(request, response, 200, contentTypeOf(pathname), file);

  const served = sources.site.served;
  if (served === undefined) {
    return send(request, response, 503, TEXT, "khabar: the content has errors (listed in the terminal); the site is served once they are fixed\n");
  }
  if (pathname.startsWith(SEARCH_INDEX_PREFIX)) {
    const index = served.searchIndex().get(pathname.slice(1));
    if (index !== undefined) return send(request, response, 200, contentTypeOf(pathname), index);
    return sendPage(request, response, 404, NOT_FOUND_PATH, served, sources);
  }
  const resolved = resolveAddress(pathname, (path) => served.pages.has(path));
  if ("redirectTo" in resolved) {
    // The address as the browser sent it, still percent-encoded, with its slash added.
    response.writeHead(301, { location: `${url.pathname}/${url.search}`, "cache-control": "no-store" });
    return void response.end();
  }
  if ("page" in resolved) return sendPage(request, response, 200, resolved.page, served, sources);
  return sendPage(request, response, 404, NOT_FOUND_PATH, served, sources);
}

function sendPage(request: IncomingMessage, response: ServerResponse, status: number, path: string, served: ServedSite, sources: DevServerSources): void {
  const page = served.pages.get(path);
  if (page === undefined) return send(request, response, 404, TEXT, "khabar: no such page\n");
  const body = renderPage(page, sources.environment());
  const type = contentTypeOf(path);
  send(request, response, status, type, type === HTML ? withReloadScript(body) : body);
}

function send(request: IncomingMessage, response: ServerResponse, status: number, contentType: string, body: string | Uint8Array): void {
  // Every answer may change with the next save: nothing is cached.
  response.writeHead(status, { "content-type": contentType, "cache-control": "no-store" });
  response.end(request.method === "HEAD" ? undefined : body);
}
