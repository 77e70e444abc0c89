/**
 * One build at a time into an output folder, with proper-lockfile: the lock is a folder beside the
 * output (`.dist.lock`), whose time the holder renews every few seconds; a lock left by a build
 * that was killed is taken over once it has not been renewed for {@link STALE_MS}.
 */
import { basename, dirname, join, resolve } from "node:path";
import lockfile from "proper-lockfile";

/**
 * A lock not renewed for this long belongs to a build that is gone: a build that was killed keeps the
 * next one waiting this long. A build whose main thread was busy for longer than this (it never is
 * for more than about two seconds, at 10,000 report pairs) loses its lock and fails rather than
 * replace anything (`compromised`).
 */
const STALE_MS = 6_000;
/** How often the holder renews it. */
const UPDATE_MS = 1_500;
/** How long a second build waits for the first before it gives up. */
const WAIT_MS = 30 * 60 * 1000;

/** A held lock. */
export interface BuildLock {
  /** Whether another process took the lock over (this one stopped renewing it in time); the build must then not put its output in place. */
  compromised(): Error | undefined;
  release(): Promise<void>;
}

/**
 * The lock file of an output folder: beside it, so it survives the folder being replaced.
 * @example buildLockPath("dist") // "/repo/.dist.lock"
 */
export function buildLockPath(outDir: string): string {
  const out = resolve(outDir);
  return join(dirname(out), `.${basename(out)}.lock`);
}

/**
 * Takes the lock of `outDir`, calling `onWait` once when another build holds it and then waiting for that build to end.
 * @example const lock = await lockOutputFolder("dist", () => console.log("waiting")); try { … } finally { await lock.release(); }
 */
export async function lockOutputFolder(outDir: string, onWait: () => void): Promise<BuildLock> {
  let compromise: Error | undefined;
  const options = {
    lockfilePath: buildLockPath(outDir),
    realpath: false,
    stale: STALE_MS,
    update: UPDATE_MS,
    onCompromised: (error: Error) => (compromise = error),
  };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(resolve(outDir), options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
    onWait();
    release = await lockfile.lock(resolve(outDir), { ...options, retries: { retries: Math.ceil(WAIT_MS / 500), factor: 1, minTimeout: 500, maxTimeout: 500 } });
  }
  return { compromised: () => compromise, release: () => release() };
}
