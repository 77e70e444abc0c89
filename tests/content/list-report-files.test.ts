import { mkdirSync, mkdtempSync, renameSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { isReportFileName, listReportFiles } from "../../src/content/list-report-files.ts";

/** A folder holding `content/` with these files (any text), and a folder `outside/` beside it. */
function folders(files: readonly string[]): { root: string; content: string; outside: string } {
  const root = mkdtempSync(join(tmpdir(), "khabar-list-"));
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), "---\ntitle: A\n---\nText.\n");
  }
  mkdirSync(join(root, "content"), { recursive: true });
  mkdirSync(join(root, "outside"), { recursive: true });
  return { root, content: join(root, "content"), outside: join(root, "outside") };
}

/** What is listed, as `path` or `path: problem`. */
function listed(content: string, root: string): string[] {
  return listReportFiles(content, root).map((file) => (file.unreadable === undefined ? `${file.lang} ${file.path}` : `${file.lang} ${file.path}: ${file.unreadable}`));
}

describe("isReportFileName", () => {
  it("takes .md in any case and nothing else", () => {
    expect(["a.md", "a.MD", "a.Md", "a.mD", "a.markdown", "a.txt", "md", ".md", "a.md.bak"].map(isReportFileName)).toEqual([true, true, true, true, false, false, false, false, false]);
  });
});

describe("listReportFiles", () => {
  it("lists report files with .md in any case, Persian first, each folder by name, and skips other files and dot names", () => {
    const { root, content } = folders([
      "content/en/news/2025/b.MD",
      "content/en/news/2025/a.md",
      "content/en/news/2025/c.Md",
      "content/en/news/2025/notes.txt",
      "content/en/news/2025/.a.md.swp",
      "content/en/news/.hidden/x.md",
      "content/fa/news/z.md",
    ]);
    expect(listed(content, root)).toEqual(["fa content/fa/news/z.md", "en content/en/news/2025/a.md", "en content/en/news/2025/b.MD", "en content/en/news/2025/c.Md"]);
  });

  it("follows a link to a folder inside the content folder and lists its files under the link's path", () => {
    const { root, content } = folders(["content/shared/2024/a.md", "content/en/news/2025/b.md"]);
    symlinkSync("../../shared", join(content, "en/news/linked"));
    expect(listed(content, root)).toEqual(["en content/en/news/2025/b.md", "en content/en/news/linked/2024/a.md"]);
  });

  it("marks the files reached through a link, and only those", () => {
    const { root, content } = folders(["content/shared/a.md", "content/shared/deeper/b.md", "content/en/news/c.md", "content/other/d.md"]);
    symlinkSync("../../shared", join(content, "en/news/linked"));
    symlinkSync("../../other/d.md", join(content, "en/news/d.md"));
    expect(listReportFiles(content, root).map((file) => `${file.path} ${file.throughLink === true}`)).toEqual([
      "content/en/news/c.md false",
      "content/en/news/d.md true",
      "content/en/news/linked/a.md true",
      "content/en/news/linked/deeper/b.md true",
    ]);
  });

  it("follows content/en/news when it is itself a link to a folder inside the content folder", () => {
    const { root, content } = folders(["content/english/2025/a.md"]);
    mkdirSync(join(content, "en"));
    symlinkSync("../english", join(content, "en/news"));
    expect(listed(content, root)).toEqual(["en content/en/news/2025/a.md"]);
    expect(listReportFiles(content, root)[0]?.throughLink).toBe(true);
  });

  it("follows a link to a report file inside the content folder, named by the link", () => {
    const { root, content } = folders(["content/drafts/x.md", "content/fa/news/a.md"]);
    symlinkSync("../../drafts/x.md", join(content, "fa/news/b.md"));
    expect(listed(content, root)).toEqual(["fa content/fa/news/a.md", "fa content/fa/news/b.md"]);
  });

  it("reads a content folder that is itself a link, wherever it leads", () => {
    const { root } = folders(["real/fa/news/a.md"]);
    symlinkSync("real", join(root, "linked-content"));
    expect(listed(join(root, "linked-content"), root)).toEqual(["fa linked-content/fa/news/a.md"]);
  });

  it("does not follow a link to a folder or a report file outside the content folder, and names the link and its target", () => {
    const { root, content, outside } = folders(["outside/folder/secret.md", "outside/secret.md", "content/en/news/2025/a.md"]);
    symlinkSync(join(outside, "folder"), join(content, "en/news/linked"));
    symlinkSync("../../../../outside/secret.md", join(content, "en/news/2025/secret.md"));
    expect(listed(content, root)).toEqual([
      "en content/en/news/2025/a.md",
      "en content/en/news/2025/secret.md: is a symbolic link to ../../../../outside/secret.md outside the content folder; khabar does not follow it — move the files into the content folder",
      `en content/en/news/linked: is a symbolic link to ${outside}/folder outside the content folder; khabar does not follow it — move the files into the content folder`,
    ]);
  });

  it("does not follow content/fa or content/fa/news when it leads outside the content folder", () => {
    const { root, content } = folders(["outside/news/a.md", "outside/fa-news/b.md"]);
    symlinkSync("../outside", join(content, "fa"));
    mkdirSync(join(content, "en"));
    symlinkSync("../../outside/fa-news", join(content, "en/news"));
    expect(listed(content, root)).toEqual([
      "fa content/fa: is a symbolic link to ../outside outside the content folder; khabar does not follow it — move the files into the content folder",
      "en content/en/news: is a symbolic link to ../../outside/fa-news outside the content folder; khabar does not follow it — move the files into the content folder",
    ]);
  });

  it("does not follow a link to a folder it is itself in, which would list the same files forever", () => {
    const { root, content } = folders(["content/en/news/2025/a.md"]);
    symlinkSync("..", join(content, "en/news/2025/up"));
    symlinkSync("../../..", join(content, "en/news/2025/top"));
    expect(listed(content, root)).toEqual([
      "en content/en/news/2025/a.md",
      "en content/en/news/2025/top: is a symbolic link to ../../.., a folder it is itself in; khabar does not follow it, which would list the same files forever — remove the link",
      "en content/en/news/2025/up: is a symbolic link to .., a folder it is itself in; khabar does not follow it, which would list the same files forever — remove the link",
    ]);
  });

  it("does not follow links that lead into each other through two folders", () => {
    const { root, content } = folders(["content/en/news/a.md", "content/other/b.md"]);
    symlinkSync("../../other", join(content, "en/news/other"));
    symlinkSync("../en/news", join(content, "other/back"));
    expect(listed(content, root)).toEqual([
      "en content/en/news/a.md",
      "en content/en/news/other/b.md",
      "en content/en/news/other/back: is a symbolic link to ../en/news, a folder it is itself in; khabar does not follow it, which would list the same files forever — remove the link",
    ]);
  });

  it("reports a link that leads to nothing, or to a loop of links", () => {
    const { root, content } = folders(["content/fa/news/a.md"]);
    symlinkSync("gone.md", join(content, "fa/news/b.md"));
    symlinkSync("d", join(content, "fa/news/c"));
    symlinkSync("c", join(content, "fa/news/d"));
    expect(listed(content, root)).toEqual([
      "fa content/fa/news/a.md",
      "fa content/fa/news/b.md: is a symbolic link to gone.md, which leads to no file or folder; khabar cannot follow it — remove the link or restore what it leads to",
      "fa content/fa/news/c: is a symbolic link to d, which leads to no file or folder; khabar cannot follow it — remove the link or restore what it leads to",
      "fa content/fa/news/d: is a symbolic link to c, which leads to no file or folder; khabar cannot follow it — remove the link or restore what it leads to",
    ]);
  });

  it("leaves alone a link to a file that is not a report, wherever it leads", () => {
    const { root, content, outside } = folders(["content/fa/news/a.md", "outside/notes.txt"]);
    symlinkSync(join(outside, "notes.txt"), join(content, "fa/news/notes.txt"));
    expect(listed(content, root)).toEqual(["fa content/fa/news/a.md"]);
  });

  it("lists nothing for a content folder that does not exist or has no news folders", () => {
    const { root, content } = folders([]);
    expect(listed(join(root, "missing"), root)).toEqual([]);
    expect(listed(content, root)).toEqual([]);
    renameSync(content, join(root, "moved"));
    expect(listed(content, root)).toEqual([]);
  });
});
