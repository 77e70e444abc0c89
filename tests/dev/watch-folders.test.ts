/**
 * Saves below the watched folders reach the dev server as one set of changed paths per burst, for
 * every way a file is saved, however many times: written in place, replaced by a renamed file,
 * deleted and written again.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { watchFolders, type FolderChanges, type FolderWatch } from "../../src/dev/watch-folders.ts";

/** A watch of a content and a layouts folder, with every burst it handed on. */
interface Watching {
  readonly content: string;
  readonly layouts: string;
  readonly bursts: FolderChanges[];
  readonly watch: FolderWatch;
}

let running: Watching | undefined;

async function startWatching(): Promise<Watching> {
  const root = mkdtempSync(join(tmpdir(), "khabar-watch-"));
  const [content, layouts] = [join(root, "content"), join(root, "layouts")];
  mkdirSync(join(content, "en/news"), { recursive: true });
  mkdirSync(layouts);
  writeFileSync(join(content, "en/news/a.md"), "first");
  const bursts: FolderChanges[] = [];
  const watch = watchFolders([content, layouts], (changes) => bursts.push(changes), (folder, error) => {
    throw new Error(`${folder}: ${error.message}`);
  });
  running = { content, layouts, bursts, watch };
  await watch.ready;
  return running;
}

afterEach(async () => {
  await running?.watch.close();
  running = undefined;
});

/** Waits until a burst arrives after the first `seen`, and returns it. */
async function burstAfter(watching: Watching, seen: number): Promise<FolderChanges> {
  const deadline = Date.now() + 5_000;
  while (watching.bursts.length <= seen) {
    if (Date.now() > deadline) throw new Error(`no burst after the ${seen} seen`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return watching.bursts[seen] as FolderChanges;
}

/** Saves as many editors do: the new text to a temporary file, renamed over the old one. */
function saveByRename(file: string, text: string): void {
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

describe("watchFolders", () => {
  it("hands on a burst of saves in two folders as one set of paths per folder", async () => {
    const watching = await startWatching();
    writeFileSync(join(watching.content, "en/news/a.md"), "a");
    writeFileSync(join(watching.content, "en/news/b.md"), "b");
    writeFileSync(join(watching.layouts, "report.njk"), "r");
    expect(await burstAfter(watching, 0)).toEqual(
      new Map([
        [watching.content, new Set([join("en", "news", "a.md"), join("en", "news", "b.md")])],
        [watching.layouts, new Set(["report.njk"])],
      ]),
    );
  });

  it("sees every one of five saves that rename a new file over the old one", async () => {
    const watching = await startWatching();
    const file = join(watching.content, "en/news/a.md");
    for (let save = 0; save < 5; save++) {
      const seen = watching.bursts.length;
      saveByRename(file, `save ${save}`);
      expect((await burstAfter(watching, seen)).get(watching.content)?.has(join("en", "news", "a.md"))).toBe(true);
    }
  });

  it("sees every one of five saves written in place", async () => {
    const watching = await startWatching();
    const file = join(watching.content, "en/news/a.md");
    for (let save = 0; save < 5; save++) {
      const seen = watching.bursts.length;
      writeFileSync(file, `save ${save}`);
      expect(await burstAfter(watching, seen)).toEqual(new Map([[watching.content, new Set([join("en", "news", "a.md")])]]));
    }
  });

  it("sees a file deleted, written again, and saved after that", async () => {
    const watching = await startWatching();
    const file = join(watching.content, "en/news/a.md");
    const steps = [() => rmSync(file), () => writeFileSync(file, "again"), () => saveByRename(file, "renamed"), () => writeFileSync(file, "in place")];
    for (const step of steps) {
      const seen = watching.bursts.length;
      step();
      expect((await burstAfter(watching, seen)).get(watching.content)?.has(join("en", "news", "a.md"))).toBe(true);
    }
  });

  it("sees a file in a folder made after the watch began", async () => {
    const watching = await startWatching();
    mkdirSync(join(watching.content, "fa/news/2025"), { recursive: true });
    await burstAfter(watching, 0);
    const seen = watching.bursts.length;
    writeFileSync(join(watching.content, "fa/news/2025/b.md"), "b");
    expect((await burstAfter(watching, seen)).get(watching.content)?.has(join("fa", "news", "2025", "b.md"))).toBe(true);
  });

  it("hands on nothing after it is closed", async () => {
    const watching = await startWatching();
    writeFileSync(join(watching.content, "en/news/a.md"), "unseen");
    await watching.watch.close();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(watching.bursts).toEqual([]);
  });
});
