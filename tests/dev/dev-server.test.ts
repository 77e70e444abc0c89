/**
 * `npm start`: the dev server serves the site, shows drafts, picks up an edited report, and keeps
 * serving the last good pages while a report has an error.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportText, writeFixtureSite } from "../helpers/fixture-site.ts";
import { REPO_ROOT } from "../helpers/run-cli.ts";

let server: ChildProcess;
let origin: string;
let content: string;
let output = "";

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** Polls a page until its text satisfies a condition (the dev server rebuilds asynchronously). */
async function waitForPage(path: string, condition: (html: string) => boolean, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${origin}${path}`);
      last = await response.text();
      if (response.ok && condition(last)) return last;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${path} never matched; last response:\n${last.slice(0, 300)}\nserver output:\n${output}`);
}

beforeAll(async () => {
  content = writeFixtureSite({
    "en/news/2025/live.md": reportText(["title: Before the edit", 'date: "2025-11-18"', "minister: sattar-hashemi"]),
    "en/news/2025/unfinished.md": reportText(["title: Work in progress", 'date: "2025-11-19"', "minister: sattar-hashemi", "draft: true"]),
  });
  const port = await freePort();
  origin = `http://localhost:${port}`;
  server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--content", content, "--port", String(port)], { cwd: REPO_ROOT });
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
});

afterAll(() => {
  server?.kill("SIGTERM");
});

describe("npm start", () => {
  it("serves the site with drafts shown and marked as drafts", async () => {
    const draft = await waitForPage("/en/news/unfinished/", (html) => html.includes("Work in progress"));
    expect(draft).toContain('<p class="draft-flag">Draft</p>');
  });

  it("serves an edited report after the file is saved", async () => {
    await waitForPage("/en/news/live/", (html) => html.includes("Before the edit"));
    const file = join(content, "en/news/2025/live.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("Before the edit", "After the edit"));
    const page = await waitForPage("/en/news/live/", (html) => html.includes("After the edit"));
    expect(page).toContain('<h1 class="report__title" data-pagefind-meta="title">After the edit</h1>');
  });

  it("prints a content error and keeps serving the last good pages", async () => {
    const file = join(content, "en/news/2025/live.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("minister: sattar-hashemi", "minister: nobody"));
    const deadline = Date.now() + 20_000;
    while (!output.includes("still serving the last good pages") && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(output).toContain('live.md:4: minister: unknown key "nobody" in people.yaml');
    const page = await waitForPage("/en/news/live/", (html) => html.includes("After the edit"));
    expect(page).toContain("After the edit");
    expect(server.exitCode).toBe(null);
  });
});
