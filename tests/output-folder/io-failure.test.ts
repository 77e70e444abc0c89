/**
 * A failing disk is said in one plain line: the path and the cause, found in the error or its causes.
 */
import { describe, expect, it } from "vitest";
import { ioFailureLine } from "../../src/output-folder/io-failure.ts";

function failure(code: string, path?: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: something`), { code, ...(path === undefined ? {} : { path }) });
}

describe("ioFailureLine", () => {
  it("names the path and the cause of a full disk, a missing permission, a read-only folder and too many open files", () => {
    expect(
      [failure("ENOSPC", "/srv/.dist.building-4/fa/index.html"), failure("EACCES", "/srv/.dist.lock"), failure("EROFS", "/srv/.dist.lock"), failure("EMFILE", "/srv/.dist.building-4/en/feed.xml")].map(
        ioFailureLine,
      ),
    ).toEqual([
      "could not write /srv/.dist.building-4/fa/index.html: the disk is full (ENOSPC)",
      "could not write /srv/.dist.lock: permission denied (EACCES)",
      "could not write /srv/.dist.lock: the file system is read-only (EROFS)",
      "could not write /srv/.dist.building-4/en/feed.xml: too many files are open (raise the limit with ulimit -n) (EMFILE)",
    ]);
  });

  it("finds the disk's error behind Eleventy's wrapping and Node's causes", () => {
    const eleventy = Object.assign(new Error("Having trouble writing to the output"), { originalError: failure("ENOSPC", "/srv/x.html") });
    const node = new Error("copying failed", { cause: failure("EACCES", "/srv/assets") });
    expect([ioFailureLine(eleventy), ioFailureLine(node)]).toEqual(["could not write /srv/x.html: the disk is full (ENOSPC)", "could not write /srv/assets: permission denied (EACCES)"]);
  });

  it("says nothing of a failure that is not the disk's", () => {
    expect([ioFailureLine(new Error("template error")), ioFailureLine(failure("ERR_SOMETHING")), ioFailureLine("a string")]).toEqual([undefined, undefined, undefined]);
  });
});
