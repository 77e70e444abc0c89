/**
 * Failures of the disk, said in one plain line: a full disk or a read-only folder is the machine's
 * state, not a bug, so it gets the path and the cause, not a stack trace.
 */

/** What each error code means to a person, for the codes a build meets when the machine is the trouble. */
const CAUSES: Readonly<Record<string, string>> = {
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EACCES: "permission denied",
  EPERM: "the operation is not permitted",
  EROFS: "the file system is read-only",
  EMFILE: "too many files are open (raise the limit with ulimit -n)",
  ENFILE: "the system has too many files open",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder, not a file",
  EIO: "the disk reported an input/output error",
};

/**
 * One line for a disk failure found in `error` or its causes, or undefined when it is none.
 * @example ioFailureLine(Object.assign(new Error("ENOSPC"), { code: "ENOSPC", path: "/srv/.dist.building-42/fa/index.html" })) // "could not write /srv/.dist.building-42/fa/index.html: the disk is full (ENOSPC)"
 */
export function ioFailureLine(error: unknown): string | undefined {
  for (let cause: unknown = error, depth = 0; cause instanceof Error && depth < 10; depth++) {
    const { code, path, dest } = cause as NodeJS.ErrnoException & { dest?: string };
    const meaning = code === undefined ? undefined : CAUSES[code];
    if (meaning !== undefined) return `could not write ${path ?? dest ?? "the output"}: ${meaning} (${code})`;
    // Eleventy keeps the error it wraps as `originalError`; Node and most libraries as `cause`.
    cause = (cause as { originalError?: unknown }).originalError ?? cause.cause;
  }
  return undefined;
}
