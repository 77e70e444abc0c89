/**
 * `npm start`: the dev server serves the site, shows drafts, picks up an edited report and tells the
 * browser to reload, keeps serving the last good pages while a report has an error, and answers
 * addresses as a static host does.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportText, writeFixtureSite } from "../helpers/fixture-site.ts";
import { REPO_ROOT } from "../helpers/run-cli.ts";
import { freePort } from "../../src/bench/free-port.ts";

const RELOAD_SCRIPT = '<script>new EventSource("/__khabar/events").onmessage = () => location.reload();</script>\n</body>';

/** A running `npm start` and everything it has printed. */
interface DevServer {
  readonly process: ChildProcess;
  readonly origin: string;
  output: string;
}

async function startDevServer(content: string): Promise<DevServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--content", content, "--port", String(port)], { cwd: REPO_ROOT });
  const server: DevServer = { process: child, origin: `http://localhost:${port}`, output: "" };
  child.stdout?.on("data", (chunk: Buffer) => (server.output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (server.output += chunk.toString()));
  await waitForOutput(server, /khabar: serving /);
  return server;
}

/** Polls a page until it answers with a status and its text satisfies a condition (the dev server rebuilds asynchronously). */
async function waitForPage(server: DevServer, path: string, condition: (html: string) => boolean, status = 200): Promise<string> {
  const deadline = Date.now() + 20_000;
  let last = "";
  while (Date.now() < deadline) {
    const response = await fetch(`${server.origin}${path}`);
    last = await response.text();
    if (response.status === status && condition(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${path} never matched; last response:\n${last.slice(0, 300)}\nserver output:\n${server.output}`);
}

/** Waits until the server has printed something that matches. */
async function waitForOutput(server: DevServer, pattern: RegExp): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!pattern.test(server.output)) {
    if (Date.now() > deadline) throw new Error(`the server never printed ${pattern}; it printed:\n${server.output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Opens the live-reload event stream; `message` resolves with the first message's data. */
async function openReloadEvents(server: DevServer): Promise<{ contentType: string | null; message: Promise<string> }> {
  const response = await fetch(`${server.origin}/__khabar/events`);
  const body = response.body;
  if (body === null) throw new Error("no event stream");
  const message = (async () => {
    const decoder = new TextDecoder();
    let text = "";
    for await (const chunk of body as AsyncIterable<Uint8Array>) {
      text += decoder.decode(chunk, { stream: true });
      // Leaving the loop cancels the stream.
      const data = /^data: (.*)$/m.exec(text);
      if (data !== null) return data[1] ?? "";
    }
    return "";
  })();
  return { contentType: response.headers.get("content-type"), message };
}

function replaceInFile(file: string, from: string, to: string): void {
  writeFileSync(file, readFileSync(file, "utf8").replace(from, to));
}

describe("npm start", () => {
  let server: DevServer;
  let content: string;

  beforeAll(async () => {
    content = writeFixtureSite({
      "en/news/2025/live.md": reportText(["title: Before the edit", 'date: "2025-11-18"', "minister: sattar-hashemi"]),
      "en/news/2025/unfinished.md": reportText(["title: Work in progress", 'date: "2025-11-19"', "minister: sattar-hashemi", "draft: true"]),
    });
    server = await startDevServer(content);
  });

  afterAll(() => {
    server?.process.kill("SIGTERM");
  });

  it("prints the address it serves", () => {
    expect(server.output).toMatch(new RegExp(`^khabar: serving ${server.origin}/ \\(drafts shown; live reload on\\)$`, "m"));
  });

  it("serves the site with drafts shown and marked as drafts", async () => {
    const draft = await waitForPage(server, "/en/news/unfinished/", (html) => html.includes("Work in progress"));
    expect(draft).toContain('<p class="draft-flag">Draft</p>');
  });

  it("adds the live-reload script before </body> of HTML pages, and only there", async () => {
    expect(await (await fetch(`${server.origin}/en/news/live/`)).text()).toContain(RELOAD_SCRIPT);
    expect(await (await fetch(`${server.origin}/en/feed.xml`)).text()).not.toContain("EventSource");
  });

  it("answers addresses as a static host does: index.html, a redirect to the slash, the 404 page", async () => {
    const page = await (await fetch(`${server.origin}/en/news/live/`)).text();
    const index = await fetch(`${server.origin}/en/news/live/index.html`);
    expect([index.status, await index.text()]).toEqual([200, page]);
    const redirect = await fetch(`${server.origin}/en/news/live?from=feed`, { redirect: "manual" });
    expect([redirect.status, redirect.headers.get("location")]).toEqual([301, "/en/news/live/?from=feed"]);
    const missing = await fetch(`${server.origin}/en/news/nothing-here/`);
    expect(missing.status).toBe(404);
    expect(load(await missing.text())("h1").text()).toBe("صفحه پیدا نشد");
  });

  it("serves the stylesheet, fonts, search script, feed and search index with their content types", async () => {
    const paths = ["/assets/khabar.css", "/assets/fonts/vazirmatn-arabic-400-normal.woff2", "/assets/search.js", "/en/feed.xml", "/robots.txt", "/search-index/en/index.json"];
    const answers = await Promise.all(paths.map(async (path) => (await fetch(`${server.origin}${path}`)).headers.get("content-type")));
    expect(Object.fromEntries(paths.map((path, index) => [path, answers[index]]))).toEqual({
      "/assets/khabar.css": "text/css; charset=utf-8",
      "/assets/fonts/vazirmatn-arabic-400-normal.woff2": "font/woff2",
      "/assets/search.js": "text/javascript; charset=utf-8",
      "/en/feed.xml": "application/xml; charset=utf-8",
      "/robots.txt": "text/plain; charset=utf-8",
      "/search-index/en/index.json": "application/json; charset=utf-8",
    });
  });

  it("serves an edited report after the file is saved, tells the browser to reload and prints how long it took", async () => {
    await waitForPage(server, "/en/news/live/", (html) => html.includes("Before the edit"));
    const events = await openReloadEvents(server);
    expect(events.contentType).toBe("text/event-stream");
    replaceInFile(join(content, "en/news/2025/live.md"), "Before the edit", "After the edit");
    expect(await events.message).toBe("reload");
    const page = await waitForPage(server, "/en/news/live/", (html) => html.includes("After the edit"));
    expect(load(page)("h1").text()).toBe("After the edit");
    expect(server.output).toMatch(/^khabar: rebuilt in \d+\.\d\d s \(1 file changed\)$/m);
  });

  it("prints a content error and keeps serving the last good pages", async () => {
    replaceInFile(join(content, "en/news/2025/live.md"), "minister: sattar-hashemi", "minister: nobody");
    await waitForOutput(server, /still serving the last good pages/);
    expect(server.output).toContain('live.md:4: minister: unknown key "nobody" in people.yaml\nkhabar: fix the content above; still serving the last good pages\n');
    const page = await waitForPage(server, "/en/news/live/", (html) => html.includes("After the edit"));
    expect(load(page)("h1").text()).toBe("After the edit");
    expect(server.process.exitCode).toBe(null);
  });
});

describe("npm start on content with an error", () => {
  let server: DevServer;
  let content: string;

  beforeAll(async () => {
    content = writeFixtureSite({ "en/news/2025/broken.md": reportText(["title: Broken", 'date: "2025-02-30"', "minister: sattar-hashemi"]) });
    server = await startDevServer(content);
  });

  afterAll(() => {
    server?.process.kill("SIGTERM");
  });

  it("prints the error, answers 503 until it is fixed, then serves the site", async () => {
    expect(server.output).toContain(
      'broken.md:3: date: "2025-02-30" is not a real date: February 2025 has 28 days\nkhabar: fix the content above; the site is served once it has no errors\n',
    );
    const waiting = await fetch(`${server.origin}/en/`);
    expect([waiting.status, await waiting.text()]).toEqual([503, "khabar: the content has errors (listed in the terminal); the site is served once they are fixed\n"]);
    replaceInFile(join(content, "en/news/2025/broken.md"), "2025-02-30", "2025-02-28");
    const page = await waitForPage(server, "/en/news/broken/", (html) => html.includes("Broken"));
    expect(load(page)("h1").text()).toBe("Broken");
  });
});
