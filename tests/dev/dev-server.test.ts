/**
 * `npm start`: the dev server serves the site, shows drafts, picks up every save and tells the
 * browser to reload, keeps a broken report's last good page and shows the errors over every page
 * until they are fixed, answers addresses as a static host does, and only requests that name it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:http";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "cheerio";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportText, writeFixtureSite } from "../helpers/fixture-site.ts";
import { REPO_ROOT } from "../helpers/run-cli.ts";
import { freePort } from "../../src/bench/free-port.ts";

const RELOAD_SCRIPT = '<script>new EventSource("/__khabar/events").onmessage = () => location.reload();</script>\n</body>';

/** A running `npm start` and everything it has printed. */
interface DevServer {
  readonly process: ChildProcess;
  readonly port: number;
  /** Where the tests reach it: the loopback address it listens on. */
  readonly origin: string;
  output: string;
}

async function startDevServer(content: string, options: { host?: string } = {}): Promise<DevServer> {
  const port = await freePort();
  const hostArgs = options.host === undefined ? [] : ["--host", options.host];
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--content", content, "--port", String(port), ...hostArgs], { cwd: REPO_ROOT });
  const server: DevServer = { process: child, port, origin: `http://${options.host ?? "127.0.0.1"}:${port}`, output: "" };
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

/** Saves as many editors, `sed -i` and `git checkout` do: a new file renamed over the old one. */
function replaceByRename(file: string, from: string, to: string): void {
  const temporary = join(file, "..", `.${Date.now()}.tmp`);
  writeFileSync(temporary, readFileSync(file, "utf8").replace(from, to));
  renameSync(temporary, file);
}

/** The lines of the problems overlay of a page, none when it has none. */
function overlayLines(html: string): string[] {
  const $ = load(html);
  return $("#khabar-problems li")
    .map((_index, item) => $(item).text().replace(/^.*content\//, "content/"))
    .get();
}

/** A GET with the `Host` header given (fetch sets its own), answered with its status and text. */
function getWithHost(server: DevServer, host: string | undefined, path = "/en/"): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = host === undefined ? {} : { host };
    const sent = request({ host: "127.0.0.1", port: server.port, path, headers, setHost: host !== undefined }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
    });
    sent.on("error", reject);
    sent.end();
  });
}

describe("npm start", () => {
  let server: DevServer;
  let content: string;

  beforeAll(async () => {
    content = writeFixtureSite({
      "en/news/2025/live.md": reportText(["title: Before the edit", 'date: "2025-11-18"', "minister: sattar-hashemi"]),
      "en/news/2025/unfinished.md": reportText(["title: Work in progress", 'date: "2025-11-19"', "minister: sattar-hashemi", "draft: true"]),
      "en/news/2025/pictured.md": reportText(["title: With a photo", 'date: "2025-11-17"', "minister: sattar-hashemi", "image: { src: dev/photo.jpg, alt: A photo }"]),
    });
    // A photo of its own (random pixels), so that no earlier build has its versions in the project's image cache.
    mkdirSync(join(content, "media/dev"), { recursive: true });
    await sharp({ create: { width: 1300, height: 800, channels: 3, background: "#204060", noise: { type: "gaussian", mean: 128, sigma: 40 } } })
      .jpeg()
      .toFile(join(content, "media/dev/photo.jpg"));
    server = await startDevServer(content);
  });

  afterAll(() => {
    server?.process.kill("SIGTERM");
  });

  it("prints the address it serves", () => {
    expect(server.output).toMatch(new RegExp(`^khabar: serving http://localhost:${server.port}/ \\(drafts shown; live reload on\\)$`, "m"));
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

  it("serves a photo's versions, made on the first request for one, as WebP and JPEG", async () => {
    const page = await waitForPage(server, "/en/news/pictured/", (html) => html.includes("<picture>"));
    const [webp, jpeg] = [/(\/media\/[0-9a-f]{16}-800\.webp) 800w/, /src="(\/media\/[0-9a-f]{16}-1200\.jpg)"/].map((pattern) => pattern.exec(page)?.[1] ?? "none");
    const answers = await Promise.all([webp, jpeg].map(async (path) => {
      const response = await fetch(`${server.origin}${path}`);
      return [response.status, response.headers.get("content-type"), (await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width];
    }));
    expect(answers).toEqual([[200, "image/webp", 800], [200, "image/jpeg", 1200]]);
    expect((await fetch(`${server.origin}/media/0000000000000000-800.webp`)).status).toBe(404);
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

  it("sees every one of three saves that rename a new file over the old one", async () => {
    const file = join(content, "en/news/2025/live.md");
    for (const title of ["Renamed once", "Renamed twice", "Renamed thrice"]) {
      replaceByRename(file, readFileSync(file, "utf8").match(/^title: (.*)$/m)?.[1] ?? "", title);
      await waitForPage(server, "/en/news/live/", (html) => load(html)("h1").text() === title);
    }
    replaceByRename(file, "Renamed thrice", "After the edit");
    await waitForPage(server, "/en/news/live/", (html) => load(html)("h1").text() === "After the edit");
  });

  it("forgets a deleted report and serves it again when it is written again", async () => {
    const file = join(content, "en/news/2025/unfinished.md");
    const text = readFileSync(file, "utf8");
    rmSync(file);
    await waitForPage(server, "/en/news/unfinished/", () => true, 404);
    writeFileSync(file, text);
    await waitForPage(server, "/en/news/unfinished/", (html) => html.includes("Work in progress"));
  });

  it("keeps a broken report's last good page, shows its error over every page of both languages, and shows other saves", async () => {
    const problem = 'content/en/news/2025/live.md:4: minister: unknown key "nobody" in people.yaml';
    replaceInFile(join(content, "en/news/2025/live.md"), "minister: sattar-hashemi", "minister: nobody");
    await waitForOutput(server, /until then each report with an error keeps its last good page, or shows its errors/);
    expect(server.output).toMatch(/live\.md:4: minister: unknown key "nobody" in people\.yaml\nkhabar: rebuilt in \d+\.\d\d s \(1 file changed\); fix the content above; until then each report with an error keeps its last good page, or shows its errors\n/);
    const page = await waitForPage(server, "/en/news/live/", (html) => overlayLines(html).length > 0);
    expect([load(page)("h1").text(), overlayLines(page)]).toEqual(["After the edit", [problem]]);
    expect(load(page)("#khabar-problems > p").text()).toBe("The content has errors · محتوا خطا دارد");
    expect(overlayLines(await (await fetch(`${server.origin}/fa/`)).text())).toEqual([problem]);
    replaceInFile(join(content, "en/news/2025/unfinished.md"), "Work in progress", "Still in progress");
    const other = await waitForPage(server, "/en/news/unfinished/", (html) => html.includes("Still in progress"));
    expect(overlayLines(other)).toEqual([problem]);
    expect(server.process.exitCode).toBe(null);
  });

  it("clears the overlay on the next good save and tells the browser to reload", async () => {
    const events = await openReloadEvents(server);
    replaceInFile(join(content, "en/news/2025/live.md"), "minister: nobody", "minister: sattar-hashemi");
    expect(await events.message).toBe("reload");
    const page = await waitForPage(server, "/en/news/live/", (html) => overlayLines(html).length === 0);
    expect(page).not.toContain("khabar-problems");
  });

  it("keeps the last good site while a data file has an error, with the error over every page", async () => {
    const topics = join(content, "_data/topics.yaml");
    const good = readFileSync(topics, "utf8");
    writeFileSync(topics, "ai: [unclosed\n");
    await waitForOutput(server, /still serving the last good pages, with these errors over them/);
    const page = await waitForPage(server, "/en/news/live/", (html) => overlayLines(html).length > 0);
    expect([load(page)("h1").text(), overlayLines(page).map((line) => line.slice(0, line.indexOf(":")))]).toEqual(["After the edit", ["content/_data/topics.yaml"]]);
    writeFileSync(topics, good);
    await waitForPage(server, "/en/news/live/", (html) => overlayLines(html).length === 0);
  });

  it("answers 403 with one line to a request that names another host (DNS rebinding)", async () => {
    const refused = `khabar: this server answers only requests for localhost:${server.port}, 127.0.0.1:${server.port}\n`;
    expect(await getWithHost(server, `attacker.example:${server.port}`)).toEqual({ status: 403, text: refused });
    expect(await getWithHost(server, `attacker.example:${server.port}`, "/__khabar/events")).toEqual({ status: 403, text: refused });
    expect((await getWithHost(server, `localhost:${server.port}`)).status).toBe(200);
    expect((await getWithHost(server, `127.0.0.1:${server.port}`)).status).toBe(200);
  });

  it("listens on 127.0.0.1 only: another loopback address is not answered", async () => {
    // Linux answers the whole of 127.0.0.0/8 on the loopback; a server listening on every address would answer 127.0.0.2.
    await expect(fetch(`http://127.0.0.2:${server.port}/en/`)).rejects.toThrow();
  });
});

describe("npm start on content with an error", () => {
  let server: DevServer;
  let content: string;

  beforeAll(async () => {
    content = writeFixtureSite({
      "en/news/2025/broken.md": reportText(["title: Broken", 'date: "2025-02-30"', "minister: sattar-hashemi"]),
      "en/news/2025/fine.md": reportText(["title: Fine", 'date: "2025-02-20"', "minister: sattar-hashemi"]),
    });
    server = await startDevServer(content);
  });

  afterAll(() => {
    server?.process.kill("SIGTERM");
  });

  it("prints the error, serves every other page with the error over it, and the broken report's page shows its error", async () => {
    const problem = 'content/en/news/2025/broken.md:3: date: "2025-02-30" is not a real date: February 2025 has 28 days';
    expect(server.output).toMatch(/broken\.md:3: date: "2025-02-30" is not a real date: February 2025 has 28 days\nkhabar: read 7 files into \d+ pages in \d+\.\d\d s; fix the content above; until then each report with an error keeps its last good page, or shows its errors\n/);
    const fine = await fetch(`${server.origin}/en/news/fine/`);
    const finePage = await fine.text();
    expect([fine.status, load(finePage)("h1").text(), overlayLines(finePage)]).toEqual([200, "Fine", [problem]]);
    const broken = await fetch(`${server.origin}/en/news/broken/`);
    const brokenHtml = await broken.text();
    const brokenPage = load(brokenHtml);
    // Its own error is on the page; the overlay would list only other files' errors.
    expect([broken.status, brokenPage("h1").text(), brokenPage("body > ul li").text().replace(/^.*content\//, "content/"), overlayLines(brokenHtml)]).toEqual([
      500,
      "This report has errors · این خبر خطا دارد",
      problem,
      [],
    ]);
    expect(brokenHtml).toContain(RELOAD_SCRIPT);
  });

  it("serves the report once it is fixed, with no overlay", async () => {
    replaceInFile(join(content, "en/news/2025/broken.md"), "2025-02-30", "2025-02-28");
    const page = await waitForPage(server, "/en/news/broken/", (html) => html.includes("Broken"));
    expect([load(page)("h1").text(), overlayLines(page)]).toEqual(["Broken", []]);
  });
});

describe("npm start --host", () => {
  let server: DevServer;

  beforeAll(async () => {
    server = await startDevServer(writeFixtureSite({ "en/news/2025/a.md": reportText(["title: A", 'date: "2025-11-18"', "minister: sattar-hashemi"]) }), { host: "127.0.0.2" });
  });

  afterAll(() => {
    server?.process.kill("SIGTERM");
  });

  it("listens on the address given, prints it, and answers requests that name it", async () => {
    expect(server.output).toMatch(new RegExp(`^khabar: serving http://127\\.0\\.0\\.2:${server.port}/ \\(drafts shown; live reload on\\)$`, "m"));
    const page = await fetch(`${server.origin}/en/news/a/`);
    expect([page.status, load(await page.text())("h1").text()]).toEqual([200, "A"]);
    await expect(fetch(`http://127.0.0.1:${server.port}/en/`)).rejects.toThrow();
  });
});
