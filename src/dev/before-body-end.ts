/**
 * Adding the dev server's own markup (the live-reload script, the problems overlay) to a page.
 */

/**
 * An HTML page with a snippet placed before its last `</body>` (or at its end without one).
 * @example beforeBodyEnd("<body><p>Hi</p>\n</body>\n", "<script></script>\n") // "<body><p>Hi</p>\n<script></script>\n</body>\n"
 */
export function beforeBodyEnd(html: string, snippet: string): string {
  const at = html.lastIndexOf("</body>");
  return at === -1 ? html + snippet : html.slice(0, at) + snippet + html.slice(at);
}
