/**
 * `npm start [-- --content DIR --port 8080]`: the dev server with live reload. The content is read
 * once and kept in memory; a save re-reads and re-parses the changed file, rebuilds the site model,
 * and the pages are rendered when the browser asks for them. Drafts are shown (marked as drafts);
 * content errors are printed in the terminal and the last good pages stay served.
 */
import { parseArgs } from "node:util";
import type { BuildOptions } from "../src/build/build-options.ts";
import { formatProblem } from "../src/content/problem.ts";
import { createDevServer } from "../src/dev/dev-server.ts";
import { DevSite, type SiteUpdate } from "../src/dev/dev-site.ts";
import { ReloadEvents } from "../src/dev/live-reload.ts";
import { pageTemplates } from "../src/dev/render-page.ts";
import { StaticFiles } from "../src/dev/static-files.ts";
import { watchFolders } from "../src/dev/watch-folders.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string", default: "content" },
    port: { type: "string", default: "8080" },
  },
  strict: true,
});

const LAYOUTS_DIR = "layouts";
const options: BuildOptions = { contentDir: values.content, baseUrl: `http://localhost:${values.port}`, pathPrefix: "/", includeDrafts: true, keepServingOnErrors: true };

const site = new DevSite(options);
const events = new ReloadEvents();
let templates = pageTemplates();

/** Prints what an update did, one line (or the content's problems); true when the browsers should reload. */
function announce(update: SiteUpdate, rebuilt: (seconds: string, files: string) => string): boolean {
  if (update.kind === "unchanged") return false;
  if (update.kind === "failed") {
    const next = site.served === undefined ? "the site is served once it has no errors" : "still serving the last good pages";
    console.error(`${update.problems.map(formatProblem).join("\n")}\nkhabar: fix the content above; ${next}`);
    return false;
  }
  console.log(`khabar: ${rebuilt(update.seconds.toFixed(2), `${update.changedFiles} file${update.changedFiles === 1 ? "" : "s"}`)}`);
  return true;
}

announce(site.update("everything"), (seconds, files) => `read ${files} into ${site.served?.pages.size ?? 0} pages in ${seconds} s`);

watchFolders([options.contentDir, LAYOUTS_DIR], (changes) => {
  const content = changes.get(options.contentDir);
  let reload = content !== undefined && announce(site.update(content), (seconds, files) => `rebuilt in ${seconds} s (${files} changed)`);
  if (changes.has(LAYOUTS_DIR)) {
    // Pages are rendered on request, so dropping the compiled templates is the whole rebuild.
    templates = pageTemplates();
    console.log("khabar: layouts changed");
    reload = true;
  }
  if (reload) events.reload();
});

const server = createDevServer({ site, templates: () => templates, events, staticFiles: new StaticFiles(), reportError: (message) => console.error(message) });
server.listen(Number(values.port), () => console.log(`khabar: serving http://localhost:${values.port}/ (drafts shown; live reload on)`));
