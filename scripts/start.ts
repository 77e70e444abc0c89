/**
 * `npm start [-- --content DIR --port 8080 --host ADDRESS --image-cache DIR]`: the dev server with live reload. The
 * content is read once and kept in memory; a save re-reads and re-parses the changed file, rebuilds
 * the site model, and the pages are rendered when the browser asks for them. Drafts are shown
 * (marked as drafts). Errors are per file: a report with an error keeps its last good page, every
 * other save shows, and the errors are printed and shown over every page until fixed. It listens on
 * 127.0.0.1 unless `--host` says otherwise, and stops on Ctrl-C or SIGTERM.
 */
import { existsSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import v8 from "node:v8";
import type { SiteOptions } from "../src/site/site-options.ts";
import { formatProblem, type Problem } from "../src/content/problem.ts";
import { devPhotos } from "../src/dev/dev-photos.ts";
import { closeDevServer, createDevServer } from "../src/dev/dev-server.ts";
import { imageCacheOption } from "../src/image-processing/image-cache-option.ts";
import type { ChangedPaths } from "../src/dev/content-folder.ts";
import { DevSite, type SiteUpdate } from "../src/dev/dev-site.ts";
import { ReloadEvents } from "../src/dev/live-reload.ts";
import { createNunjucksEnvironment } from "../src/render/nunjucks-environment.ts";
import { stopOnSignals } from "../src/dev/stop-on-signals.ts";
import { watchFolders } from "../src/dev/watch-folders.ts";

const DEFAULT_HOST = "127.0.0.1";

const USAGE = "usage: npm start -- [--content DIR] [--port 8080] [--host ADDRESS] [--image-cache DIR]";

/** The command's options, or a line saying what is wrong with them and the usage, and exit status 2. */
function commandOptions() {
  try {
    const { values } = parseArgs({
      options: {
        content: { type: "string", default: "content" },
        port: { type: "string", default: "8080" },
        host: { type: "string", default: DEFAULT_HOST },
        "image-cache": { type: "string" },
      },
      strict: true,
    });
    return values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}
const values = commandOptions();
if (!/^\d{1,5}$/.test(values.port) || Number(values.port) < 1 || Number(values.port) > 65535) {
  console.error(`--port: expected a port number from 1 to 65535, got "${values.port}"\n${USAGE}`);
  process.exit(2);
}
// The cache is khabar's own folder, never one inside the content the server watches.
const imageCache = imageCacheOption(values["image-cache"], [["--content", values.content]]);
if (imageCache.problem !== undefined) {
  console.error(`${imageCache.problem}\n${USAGE}`);
  process.exit(2);
}

// Each rebuild leaves the previous site model (tens of megabytes in a large archive) behind as garbage.
// V8 would let the heap grow to several times what is alive before collecting it; growing it by at
// most 30 % keeps a 4,000-pair archive's server near 500 MiB however many saves it has seen.
v8.setFlagsFromString("--heap-growing-percent=30");

const LAYOUTS_DIR = "layouts";
if (!existsSync(values.content) || !statSync(values.content).isDirectory()) {
  console.error(`khabar: no content folder at ${values.content} (give one with --content DIR)`);
  process.exit(1);
}
// The address as a browser is given it: `localhost` for the default, an IPv6 address in brackets.
const hostInUrl = values.host === DEFAULT_HOST ? "localhost" : values.host.includes(":") ? `[${values.host}]` : values.host;
const origin = `http://${hostInUrl}:${values.port}`;
const options: SiteOptions = { contentDir: values.content, baseUrl: origin, pathPrefix: "/", includeDrafts: true };

const site = new DevSite(options);
const events = new ReloadEvents();
let environment = createNunjucksEnvironment();

function problemLines(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join("\n");
}

/**
 * Updates the site and prints what happened, one line (after the content's errors, if any); true
 * when the browsers should reload, to show the new pages or the errors over them. A failure that
 * is not the content's (a file that cannot be read) is printed too, and the pages stay as they were.
 */
function update(changed: ChangedPaths, done: (seconds: string, files: string) => string): boolean {
  let result: SiteUpdate;
  try {
    result = site.update(changed);
  } catch (error) {
    console.error(`khabar: could not read the content: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  if (result.kind === "unchanged") return false;
  if (result.kind === "failed") {
    const next = site.served === undefined ? "every page shows these errors until then" : "still serving the last good pages, with these errors over them";
    console.error(`${problemLines(result.problems)}\nkhabar: fix the content above; ${next}`);
    return true;
  }
  const line = `khabar: ${done(result.seconds.toFixed(2), `${result.changedFiles} file${result.changedFiles === 1 ? "" : "s"}`)}`;
  if (result.problems.length === 0) console.log(line);
  else console.error(`${problemLines(result.problems)}\n${line}; fix the content above; until then each report with an error keeps its last good page, or shows its errors`);
  return true;
}

update("everything", (seconds, files) => `read ${files} into ${site.served?.pages.size ?? 0} pages in ${seconds} s`);

const watching = watchFolders(
  [options.contentDir, LAYOUTS_DIR],
  (changes) => {
    const content = changes.get(options.contentDir);
    let reload = content !== undefined && update(content, (seconds, files) => `rebuilt in ${seconds} s (${files} changed)`);
    if (changes.has(LAYOUTS_DIR)) {
      // Pages are rendered on request, so a new environment, with nothing compiled yet, is the whole rebuild.
      environment = createNunjucksEnvironment();
      console.log("khabar: layouts changed");
      reload = true;
    }
    if (reload) events.reload();
  },
  (folder, error) => console.error(`khabar: cannot watch all of ${folder} (${error.message}); a save there may go unseen until npm start is restarted`),
);

const photos = devPhotos(imageCache.dir);
const server = createDevServer({ site, environment: () => environment, events, host: values.host, reportError: (message) => console.error(message), photos });
server.on("error", (error: NodeJS.ErrnoException) => {
  console.error(error.code === "EADDRINUSE" ? `khabar: port ${values.port} is in use; choose another with --port N` : `khabar: ${error.message}`);
  process.exit(1);
});
stopOnSignals(async () => {
  await Promise.all([watching.close(), closeDevServer(server, events)]);
  console.log("khabar: stopped");
});
await watching.ready;
server.listen(Number(values.port), values.host, () => console.log(`khabar: serving ${origin}/ (drafts shown; live reload on)`));
