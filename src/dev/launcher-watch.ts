/**
 * Noticing that the command which started this process has gone. `npm start` runs
 * `sh -c "tsx scripts/start.ts"`, and tsx's command starts this process. Sent SIGTERM, npm passes it
 * to that shell, which dies of it without passing it on; tsx's command, which would relay it here,
 * never hears of it, and without this both would keep running, the port taken. So this process
 * watches its parent and its parent's parent, and is told when either is gone.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** How often the launchers are looked at: a stop is noticed within this, well under a second. */
const INTERVAL_MS = 150;

/**
 * Calls `onGone` once when this process's parent or its parent's parent exits; returns a function
 * that stops watching. The check keeps no process alive by itself.
 * @example const stopWatching = whenLaunchersExit(() => stop()); // npm start's shell killed → stop()
 */
export function whenLaunchersExit(onGone: () => void): () => void {
  const parent = process.ppid;
  const grandparent = parentOf(parent);
  const timer = setInterval(() => {
    // A process whose parent exits is handed to another (init): its ppid changes.
    const gone = process.ppid !== parent || (grandparent !== undefined && !isRunning(grandparent));
    if (!gone) return;
    clearInterval(timer);
    onGone();
  }, INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * The parent of a process: from `/proc` on Linux, else from `ps`; undefined when neither answers,
 * or when it is the system's first process (which outlives everything, so is not worth watching).
 * @example parentOf(process.ppid) // 4121, the shell npm ran
 */
export function parentOf(pid: number): number | undefined {
  let parent: number;
  try {
    // The command's name, in parentheses, may hold spaces: the fields after it are the state, then the parent.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    try {
      parent = Number(execFileSync("ps", ["-o", "ppid=", "-p", String(pid)], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    } catch {
      return undefined;
    }
  }
  return Number.isInteger(parent) && parent > 1 ? parent : undefined;
}

/** True while a process exists (one of another user's counts too: signal 0 only asks). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
