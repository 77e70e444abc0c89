/**
 * A build writes only to a folder of its own: never the content, the layouts, the project or a git
 * work tree, and never over someone else's files.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OUTPUT_MARKER, outputFolderRefusal } from "../../src/output-folder/output-folder-check.ts";

/** A project folder with content/ and layouts/, as the folders to protect. */
function project() {
  const root = mkdtempSync(join(tmpdir(), "khabar-project-"));
  for (const dir of ["content/fa/news", "layouts"]) mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, "content/fa/news/a.md"), "---\n");
  return { root, folders: { contentDir: join(root, "content"), layoutsDir: join(root, "layouts"), projectDir: root } };
}

describe("outputFolderRefusal", () => {
  it("lets a build write to a new folder, an empty one, and one khabar wrote", () => {
    const { root, folders } = project();
    mkdirSync(join(root, "empty"));
    mkdirSync(join(root, "built"));
    writeFileSync(join(root, "built", OUTPUT_MARKER), "");
    writeFileSync(join(root, "built", "index.html"), "");
    expect([join(root, "dist"), join(root, "empty"), join(root, "built"), join(root, "deep/new/dist")].map((out) => outputFolderRefusal(out, folders))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("refuses the content folder, a folder inside it and a folder that holds it", () => {
    const { root, folders } = project();
    const refusals = [join(root, "content"), join(root, "content/site"), join(root, "content/fa")].map((out) => outputFolderRefusal(out, folders));
    expect(refusals).toEqual([
      `--out ${root}/content: refused: it is the content folder; build into a folder of its own, such as dist`,
      `--out ${root}/content/site: refused: it lies inside the content folder; build into a folder of its own, such as dist`,
      `--out ${root}/content/fa: refused: it lies inside the content folder; build into a folder of its own, such as dist`,
    ]);
    const elsewhere = mkdtempSync(join(tmpdir(), "khabar-elsewhere-"));
    const outside = { ...folders, contentDir: join(elsewhere, "site/content") };
    mkdirSync(outside.contentDir, { recursive: true });
    expect(outputFolderRefusal(join(elsewhere, "site"), outside)).toBe(`--out ${elsewhere}/site: refused: it holds the content folder; build into a folder of its own, such as dist`);
  });

  it("refuses the layouts folder and the project's own folder, and a folder holding the project", () => {
    const { root, folders } = project();
    expect([join(root, "layouts"), root, join(root, "..")].map((out) => outputFolderRefusal(out, folders))).toEqual([
      `--out ${root}/layouts: refused: it is the layouts folder; build into a folder of its own, such as dist`,
      `--out ${root}: refused: it is the project's own folder; build into a folder of its own, such as dist`,
      `--out ${join(root, "..")}: refused: it holds the content folder; build into a folder of its own, such as dist`,
    ]);
  });

  it("sees through a symbolic link to the content folder", () => {
    const { root, folders } = project();
    symlinkSync(join(root, "content"), join(root, "link"));
    expect(outputFolderRefusal(join(root, "link"), folders)).toBe(`--out ${root}/link: refused: it is the content folder; build into a folder of its own, such as dist`);
  });

  it("refuses a git work tree, a file, and a folder of files khabar did not write", () => {
    const { root, folders } = project();
    mkdirSync(join(root, "repo/.git"), { recursive: true });
    writeFileSync(join(root, "notes.txt"), "");
    mkdirSync(join(root, "photos"));
    writeFileSync(join(root, "photos", "baku.jpg"), "");
    expect([join(root, "repo"), join(root, "notes.txt"), join(root, "photos")].map((out) => outputFolderRefusal(out, folders))).toEqual([
      `--out ${root}/repo: refused: it holds a git work tree (.git); build into a folder of its own, such as dist`,
      `--out ${root}/notes.txt: refused: it is a file, not a folder; build into a folder of its own, such as dist`,
      `--out ${root}/photos: refused: it is not empty and khabar did not write it (it has no .khabar-site); choose a new or empty folder, or empty this one yourself`,
    ]);
  });

  it("takes a site an earlier khabar built, before builds left their marker, as khabar's", () => {
    const { root, folders } = project();
    for (const dir of ["old/assets", "old/search-index"]) mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, "old/assets/khabar.css"), "");
    writeFileSync(join(root, "old/sitemap.xml"), "");
    expect(outputFolderRefusal(join(root, "old"), folders)).toBeUndefined();
  });
});
