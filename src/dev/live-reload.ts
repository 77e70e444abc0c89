/**
 * Live reload: pages served by the dev server carry a small script that listens on an event stream
 * and reloads the page when the site was rebuilt. Only the dev server adds it; built pages never do.
 */
import type { ServerResponse } from "node:http";
import { beforeBodyEnd } from "./before-body-end.ts";

/** The address of the event stream, outside every address the site has. */
export const RELOAD_EVENTS_PATH = "/__khabar/events";

/** Reloads the page on any message; the browser reconnects by itself when the server restarts. */
const RELOAD_SCRIPT = `<script>new EventSource("${RELOAD_EVENTS_PATH}").onmessage = () => location.reload();</script>\n`;

/**
 * An HTML page with the reload script placed before its last `</body>` (or at its end without one).
 * @example withReloadScript("<body><p>Hi</p>\n</body>\n") // '<body><p>Hi</p>\n<script>new EventSource("/__khabar/events")…</script>\n</body>\n'
 */
export function withReloadScript(html: string): string {
  return beforeBodyEnd(html, RELOAD_SCRIPT);
}

/**
 * The open event streams of the browsers showing the site; `reload` tells each to reload.
 * @example const events = new ReloadEvents(); events.open(response); events.reload() // each open page reloads
 */
export class ReloadEvents {
  readonly #streams = new Set<ServerResponse>();

  /** Answers a request for {@link RELOAD_EVENTS_PATH} with an event stream that stays open. */
  open(response: ServerResponse): void {
    response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
    // A comment line, so the browser knows the stream is open before the first reload.
    response.write(": khabar live reload\n\n");
    this.#streams.add(response);
    response.on("close", () => this.#streams.delete(response));
  }

  /** Sends one `reload` message to every open stream. */
  reload(): void {
    for (const stream of this.#streams) stream.write("data: reload\n\n");
  }

  /** Ends every open stream, so the server can close. */
  closeAll(): void {
    for (const stream of this.#streams) stream.end();
    this.#streams.clear();
  }
}
