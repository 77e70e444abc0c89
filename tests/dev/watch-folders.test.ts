/**
 * Saves below the watched folders reach the dev server as one set of changed paths per burst.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { watchFolders, type FolderChanges } from "../../src/dev/watch-folders.ts";

describe("watchFolders", () => {
  it("hands on a burst of saves in two folders as one set of paths per folder", async () => {
    const root = mkdtempSync(join(tmpdir(), "khabar-watch-"));
    const [content, layouts] = [join(root, "content"), join(root, "layouts")];
    mkdirSync(join(content, "en/news"), { recursive: true });
    mkdirSync(layouts);
    let stop = () => {};
    const changes = new Promise<FolderChanges>((resolve) => {
      stop = watchFolders([content, layouts], resolve, (folder, error) => {
        throw new Error(`${folder}: ${error.message}`);
      });
    });
    writeFileSync(join(content, "en/news/a.md"), "a");
    writeFileSync(join(content, "en/news/b.md"), "b");
    writeFileSync(join(layouts, "report.njk"), "r");
    try {
      expect(await changes).toEqual(
        new Map([
          [content, new Set(["en/news/a.md", "en/news/b.md"])],
          [layouts, new Set(["report.njk"])],
        ]),
      );
    } finally {
      stop();
    }
  });
});
