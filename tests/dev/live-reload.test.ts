/**
 * The live-reload script goes into the dev server's HTML pages, and only there.
 */
import { describe, expect, it } from "vitest";
import { contentTypeOf } from "../../src/dev/content-type.ts";
import { withReloadScript } from "../../src/dev/live-reload.ts";

const SCRIPT = '<script>new EventSource("/__khabar/events").onmessage = () => location.reload();</script>\n';

describe("withReloadScript", () => {
  it("places the script just before </body>", () => {
    expect(withReloadScript("<body>\n<p>Hi</p>\n</body>\n</html>\n")).toBe(`<body>\n<p>Hi</p>\n${SCRIPT}</body>\n</html>\n`);
  });

  it("places it before the last </body> when a page quotes the tag earlier", () => {
    expect(withReloadScript("<body><pre>&lt;/body&gt;</body></body>")).toBe(`<body><pre>&lt;/body&gt;</body>${SCRIPT}</body>`);
  });

  it("appends it to a page without </body>", () => {
    expect(withReloadScript("<p>Hi</p>")).toBe(`<p>Hi</p>${SCRIPT}`);
  });
});

describe("contentTypeOf", () => {
  it("gives each kind of file the site has its type", () => {
    const paths = ["/fa/", "/404.html", "/assets/khabar.css", "/assets/search.js", "/fa/feed.xml", "/robots.txt", "/assets/fonts/a.woff2", "/search-index/fa/index.json", "/x.bin"];
    expect(Object.fromEntries(paths.map((path) => [path, contentTypeOf(path)]))).toEqual({
      "/fa/": "text/html; charset=utf-8",
      "/404.html": "text/html; charset=utf-8",
      "/assets/khabar.css": "text/css; charset=utf-8",
      "/assets/search.js": "text/javascript; charset=utf-8",
      "/fa/feed.xml": "application/xml; charset=utf-8",
      "/robots.txt": "text/plain; charset=utf-8",
      "/assets/fonts/a.woff2": "font/woff2",
      "/search-index/fa/index.json": "application/json; charset=utf-8",
      "/x.bin": "application/octet-stream",
    });
  });
});
