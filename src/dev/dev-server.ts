/**
 * The dev server's HTTP side: answers each request from the site in memory, rendering a page only
 * when it is asked for, and adds the live-reload script to every HTML page it sends, and the
 * problems overlay while the content has errors. It answers only requests that name it (see
 * `allowed-host.ts`).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { formatProblem, type Problem } from "../content/problem.ts";
import { allowedHosts, isAllowedHost } from "./allowed-host.ts";
import { contentTypeOf } from "./content-type.ts";
import type { DevPhotos } from "./dev-photos.ts";
import type { DevSite, ServedSite } from "./dev-site.ts";
import { RELOAD_EVENTS_PATH, ReloadEvents, withReloadScript } from "./live-reload.ts";
import type nunjucks from "nunjucks";
import { renderPage } from "../render/render-page.ts";
import { MEDIA_OUTPUT_DIR } from "../site/photos.ts";
import { NOT_FOUND_PATH } from "../site/site-urls.ts";
import { CONTENT_ERRORS, problemsPage, REPORT_ERRORS, withProblemsOverlay, type BilingualHeading } from "./problems-overlay.ts";
import { resolveAddress } from "./resolve-address.ts";
import { staticFile } from "./static-files.ts";

/** What the server answers from. */
export interface DevServerSources {
  readonly site: DevSite;
  /** The Nunjucks environment now (src/render/nunjucks-environment.ts); the caller makes a new one when a layout changes. */
  readonly environment: () => nunjucks.Environment;
  readonly events: ReloadEvents;
  /** The address the server listens on (`127.0.0.1` unless `--host` says otherwise): requests must name it, `localhost` or `127.0.0.1`. */
  readonly host: string;
  /** Where a page that fails to render is reported (the terminal). */
  readonly reportError: (message: string) => void;
  /** The photos' processed versions, made when first asked for. */
  readonly photos: DevPhotos;
}

const SEARCH_INDEX_PREFIX = "/search-index/";
const MEDIA_PREFIX = `/${MEDIA_OUTPUT_DIR}/`;
const TEXT = contentTypeOf("/robots.txt");
const HTML = contentTypeOf("/");

/**
 * An HTTP server for the dev site; call `listen` on it.
 * @example createDevServer({ site, environment: () => environment, events, host: "127.0.0.1", reportError: console.error }).listen(8080, "127.0.0.1")
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

/**
 * Stops a dev server: ends the browsers' event streams and every open connection, so the port is
 * free as soon as this resolves.
 * @example await closeDevServer(server, events)
 */
export async function closeDevServer(server: Server, events: ReloadEvents): Promise<void> {
  events.closeAll();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // close() alone waits for idle keep-alive connections to time out.
  server.closeAllConnections();
  await closed;
}

async function answer(request: IncomingMessage, response: ServerResponse, sources: DevServerSources): Promise<void> {
  const allowed = allowedHosts(sources.host, request.socket.localPort ?? 0);
  if (!isAllowedHost(request.headers.host, allowed)) return send(request, response, 403, TEXT, `khabar: this server answers only requests for ${[...allowed].join(", ")}\n`);
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
  // The page lists every problem already: no overlay repeats them.
  if (served === undefined) return sendProblems(request, response, pathname, CONTENT_ERRORS, sources.site.problems, []);
  if (pathname.startsWith(MEDIA_PREFIX)) {
    const photo = await sources.photos.file(served.model.media, pathname);
    if (photo !== undefined) return send(request, response, 200, contentTypeOf(pathname), photo);
    return sendPage(request, response, 404, NOT_FOUND_PATH, served, sources);
  }
  if (pathname.startsWith(SEARCH_INDEX_PREFIX)) {
    const index = served.searchIndex().get(pathname.slice(1));
    if (index !== undefined) return send(request, response, 200, contentTypeOf(pathname), index);
    return sendPage(request, response, 404, NOT_FOUND_PATH, served, sources);
  }
  const broken = sources.site.brokenReportPages;
  const resolved = resolveAddress(pathname, (path) => served.pages.has(path) || broken.has(path));
  if ("redirectTo" in resolved) {
    // The address as the browser sent it, still percent-encoded, with its slash added.
    response.writeHead(301, { location: `${url.pathname}/${url.search}`, "cache-control": "no-store" });
    return void response.end();
  }
  if ("page" in resolved) {
    const problems = broken.get(resolved.page);
    // The page lists its own errors; the overlay, any others.
    if (problems !== undefined) return sendProblems(request, response, resolved.page, REPORT_ERRORS, problems, sources.site.problems.filter((problem) => !problems.includes(problem)));
    return sendPage(request, response, 200, resolved.page, served, sources);
  }
  return sendPage(request, response, 404, NOT_FOUND_PATH, served, sources);
}

function sendPage(request: IncomingMessage, response: ServerResponse, status: number, path: string, served: ServedSite, sources: DevServerSources): void {
  const page = served.pages.get(path);
  if (page === undefined) return send(request, response, 404, TEXT, "khabar: no such page\n");
  const body = renderPage(page, sources.environment());
  const type = contentTypeOf(path);
  send(request, response, status, type, type === HTML ? withReloadScript(withProblemsOverlay(body, sources.site.problems)) : body);
}

/** In place of a page that cannot be made: its problems, as a page (with the overlay's) when it would be HTML, else as text. */
function sendProblems(request: IncomingMessage, response: ServerResponse, path: string, heading: BilingualHeading, own: readonly Problem[], overlay: readonly Problem[]): void {
  if (contentTypeOf(path) === HTML) return send(request, response, 500, HTML, withReloadScript(withProblemsOverlay(problemsPage(heading, own), overlay)));
  send(request, response, 500, TEXT, `khabar: ${heading.en}:\n${own.map(formatProblem).join("\n")}\n`);
}

function send(request: IncomingMessage, response: ServerResponse, status: number, contentType: string, body: string | Uint8Array): void {
  // Every answer may change with the next save: nothing is cached.
  response.writeHead(status, { "content-type": contentType, "cache-control": "no-store" });
  response.end(request.method === "HEAD" ? undefined : body);
}
