/**
 * Measuring the dev loop: `npm start` on a content folder, one report's title rewritten in place, and
 * the time until the browser would know (the reload event) and until the page shows the new title.
 * Speed is measured here, never in tests.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** What one measurement found; times in milliseconds from the moment the file was written. */
export interface DevLoopFigures {
  /** From starting the server until it first answered. */
  readonly startMs: number;
  /** Per round: until the reload event arrived on the event stream. */
  readonly reloadMs: readonly number[];
  /** Per round: until the report page, fetched again and again, showed the new title. */
  readonly pageMs: readonly number[];
  /** Per round: the rebuild time the server printed itself (`khabar: rebuilt in 0.31 s`). */
  readonly rebuildMs: readonly number[];
  /** The server's peak resident memory (VmHWM), in MiB. */
  readonly peakRssMiB: number;
}

const REPO_ROOT = resolve(import.meta.dirname, "../..");
const EVENTS_PATH = "/__khabar/events";

/**
 * Starts `scripts/start.ts` on `contentDir` at `port`, edits one English report's title `rounds`
 * times (restoring it afterwards) and measures each save's way to the browser.
 * @example await measureDevLoop("/tmp/khabar-bench-x/content", 8181) // { startMs: 6200, reloadMs: [420, …], pageMs: [430, …], rebuildMs: […], peakRssMiB: 610 }
 */
export async function measureDevLoop(contentDir: string, port: number, rounds = 5): Promise<DevLoopFigures> {
  // The address the server listens on: `localhost` may resolve to ::1 first, where nothing listens.
  const origin = `http://127.0.0.1:${port}`;
  const file = firstReportFile(join(contentDir, "en", "news"));
  const slug = file.slice(file.lastIndexOf("/") + 1, -".md".length);
  const pagePath = `/en/news/${slug}/`;
  const original = readFileSync(file, "utf8");

  const started = performance.now();
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--content", resolve(contentDir), "--port", String(port)], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const printed: string[] = [];
  server.stdout.on("data", (chunk: Buffer) => printed.push(chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => printed.push(chunk.toString()));
  const stop = new AbortController();
  try {
    await waitFor(async () => (await fetchText(`${origin}${pagePath}`)) !== undefined, 300_000, () => printed.join(""));
    const startMs = performance.now() - started;
    const events = await openEvents(`${origin}${EVENTS_PATH}`, stop.signal);
    const reloadMs: number[] = [];
    const pageMs: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      const title = `Dev loop edit ${round} ${Date.now()}`;
      const reload = events.next();
      const written = performance.now();
      writeFileSync(file, original.replace(/^title:.*$/m, `title: "${title}"`));
      const page = waitFor(async () => (await fetchText(`${origin}${pagePath}`))?.includes(title) === true, 60_000, () => printed.join(""));
      await reload;
      reloadMs.push(performance.now() - written);
      await page;
      pageMs.push(performance.now() - written);
      // Let the server settle, so each round measures one save alone.
      await new Promise((done) => setTimeout(done, 300));
    }
    const peakRssMiB = peakRssKiB(server.pid) / 1024;
    const rebuildMs = [...printed.join("").matchAll(/rebuilt in ([\d.]+) s/g)].map((match) => Number(match[1]) * 1000);
    return { startMs, reloadMs, pageMs, rebuildMs: rebuildMs.slice(-rounds), peakRssMiB };
  } finally {
    writeFileSync(file, original);
    stop.abort();
    server.kill("SIGTERM");
    await new Promise((done) => (server.exitCode === null ? server.once("exit", done) : done(undefined)));
  }
}

/** The first report file in name order below a folder. */
function firstReportFile(dir: string): string {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".md")).sort();
  const [first] = files;
  if (first === undefined) throw new Error(`no report below ${dir}`);
  return join(dir, first);
}

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    const text = await response.text();
    return response.ok ? text : undefined;
  } catch {
    return undefined;
  }
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number, context: () => string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`the dev server did not answer in time; it printed:\n${context()}`);
    await new Promise((done) => setTimeout(done, 5));
  }
}

/** An event stream read with fetch (Node 20 has no EventSource): `next()` resolves at the next message. */
async function openEvents(url: string, signal: AbortSignal): Promise<{ next: () => Promise<void> }> {
  const response = await fetch(url, { signal });
  if (!response.ok || response.body === null) throw new Error(`${url} answered ${response.status}`);
  let waiting: (() => void)[] = [];
  void (async () => {
    const decoder = new TextDecoder();
    let buffered = "";
    try {
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        buffered += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffered.indexOf("\n\n")) !== -1) {
          const message = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          if (!message.startsWith("data:")) continue;
          const resolved = waiting;
          waiting = [];
          for (const resolve of resolved) resolve();
        }
      }
    } catch {
      // aborted when the measurement ends
    }
  })();
  return { next: () => new Promise<void>((resolve) => waiting.push(resolve)) };
}

/** VmHWM of a process, from /proc (Linux). */
function peakRssKiB(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(status);
  if (match === null) throw new Error(`no VmHWM in /proc/${pid}/status`);
  return Number(match[1]);
}
