/**
 * `npm start` stops fully, run as a user runs it (npm, its shell, tsx's command, the server): SIGTERM
 * sent to npm's process, or Ctrl-C (SIGINT to the terminal's whole process group), frees the port
 * within a second, open event streams included, and leaves no process behind.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../../src/bench/free-port.ts";
import { reportText, writeFixtureSite } from "../helpers/fixture-site.ts";
import { REPO_ROOT } from "../helpers/run-cli.ts";

/** A running `npm start`: npm's process, the port, and every process below npm's. */
interface RunningNpmStart {
  readonly npm: ChildProcess;
  readonly port: number;
  readonly processes: readonly number[];
  output: string;
}

let running: RunningNpmStart | undefined;

afterEach(() => {
  // Whatever a failed test left behind.
  for (const pid of running?.processes ?? []) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // gone already
    }
  }
  running = undefined;
});

/** Starts `npm start` on a small site; `ownGroup` puts it in a process group of its own, as a terminal does. */
async function startNpmStart(ownGroup: boolean): Promise<RunningNpmStart> {
  const port = await freePort();
  const content = writeFixtureSite({ "en/news/2025/a.md": reportText(["title: A", 'date: "2025-11-18"', "minister: sattar-hashemi"]) });
  const npm = spawn("npm", ["start", "--", "--port", String(port), "--content", content], { cwd: REPO_ROOT, detached: ownGroup, stdio: ["ignore", "pipe", "pipe"] });
  const started: RunningNpmStart = { npm, port, processes: [], output: "" };
  npm.stdout?.on("data", (chunk: Buffer) => (started.output += chunk.toString()));
  npm.stderr?.on("data", (chunk: Buffer) => (started.output += chunk.toString()));
  const deadline = Date.now() + 30_000;
  while (!/khabar: serving /.test(started.output)) {
    if (Date.now() > deadline || npm.exitCode !== null) throw new Error(`npm start never served; it printed:\n${started.output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  running = { ...started, processes: [npm.pid as number, ...descendantsOf(npm.pid as number)] };
  // The same object keeps collecting output.
  npm.stdout?.removeAllListeners("data");
  npm.stderr?.removeAllListeners("data");
  npm.stdout?.on("data", (chunk: Buffer) => running !== undefined && (running.output += chunk.toString()));
  npm.stderr?.on("data", (chunk: Buffer) => running !== undefined && (running.output += chunk.toString()));
  return running;
}

/** Every process below one, from /proc: npm's shell, tsx's command and the server. */
function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue;
    }
    const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift() as number) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** Opens the live-reload event stream, a connection that stays open, and keeps it open. */
async function openEventStream(port: number): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${port}/__khabar/events`);
  expect(response.status).toBe(200);
  // Read in the background until the server ends the stream.
  void (async () => {
    try {
      for await (const _chunk of response.body as AsyncIterable<Uint8Array>);
    } catch {
      // the server closed it
    }
  })();
}

/** True when a server can listen on the port again. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/** Milliseconds until the port is free, polled every 10 ms for at most `limitMs`. */
async function msUntilPortFree(port: number, limitMs: number): Promise<number> {
  const started = performance.now();
  while (!(await portIsFree(port))) {
    if (performance.now() - started > limitMs) return Number.POSITIVE_INFINITY;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return performance.now() - started;
}

/** A process's command line, shortened to the part these tests tell processes apart by. */
function commandOf(pid: number): string {
  const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
  return /(sh -c tsx|node_modules\/\.bin\/tsx|tsx\/dist\/loader\.mjs) scripts\/start\.ts/.exec(command)?.[0] ?? command;
}

/**
 * True while a process runs. One that has exited but whose parent exited first (tsx's command, whose
 * shell npm's SIGTERM ended) waits as a zombie until the system's first process collects it, which
 * some containers do only every few seconds: it holds no port and runs nothing, so it counts as gone.
 */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** The processes still running after at most `limitMs`. */
async function stillRunning(pids: readonly number[], limitMs: number): Promise<number[]> {
  const deadline = performance.now() + limitMs;
  let left = pids.filter(isRunning);
  while (left.length > 0 && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    left = left.filter(isRunning);
  }
  return left;
}

describe("npm start stops", () => {
  it("on SIGTERM sent to npm's process: the port is free within a second and no process is left", async () => {
    const server = await startNpmStart(false);
    // npm, the shell it runs the script in, tsx's command, the server (and esbuild's service, tsx's compiler).
    expect(server.processes.map(commandOf).filter((command) => command.includes("scripts/start.ts"))).toEqual([
      "sh -c tsx scripts/start.ts",
      "node_modules/.bin/tsx scripts/start.ts",
      "tsx/dist/loader.mjs scripts/start.ts",
    ]);
    await openEventStream(server.port);
    server.npm.kill("SIGTERM");
    expect(await msUntilPortFree(server.port, 1_000)).toBeLessThan(1_000);
    expect(await stillRunning(server.processes, 1_000)).toEqual([]);
  });

  it("on Ctrl-C (SIGINT to the whole process group): the port is free within a second, it says so, and no process is left", async () => {
    const server = await startNpmStart(true);
    await openEventStream(server.port);
    process.kill(-(server.npm.pid as number), "SIGINT");
    expect(await msUntilPortFree(server.port, 1_000)).toBeLessThan(1_000);
    expect(await stillRunning(server.processes, 1_000)).toEqual([]);
    expect(server.output).toMatch(/^khabar: stopped$/m);
  });
});
