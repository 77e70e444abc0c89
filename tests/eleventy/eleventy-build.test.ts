/**
 * `npm run build -- --engine eleventy`: Eleventy writes every page of the page table, byte for byte
 * what the fast writer writes, and a site's own Eleventy configuration applies to every page.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildWithEleventy } from "../../src/eleventy/eleventy-build.ts";
import { runScript, treeFingerprint } from "../helpers/run-cli.ts";
import { htmlFilesOf, sampleBuild } from "../helpers/sample-site.ts";

describe("the build with --engine eleventy", () => {
  it("writes the sample site byte for byte as the fast writer does, and Eleventy says how many files it wrote", () => {
    const out = join(mkdtempSync(join(tmpdir(), "khabar-eleventy-")), "dist");
    const result = runScript("build", ["--out", out, "--engine", "eleventy"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\[11ty\] Wrote 119 files in \d+\.\d+ seconds \((\d+\.\d+ms each, )?v3\.1\.8\)\nkhabar: wrote 119 pages to .*dist in \d+\.\d\d s with Eleventy\n$/);
    expect(treeFingerprint(out)).toEqual(treeFingerprint(sampleBuild()));
  });

  it("runs the site's own transforms on every page it writes", async () => {
    const folder = mkdtempSync(join(tmpdir(), "khabar-eleventy-config-"));
    const configPath = join(folder, "eleventy.config.mjs");
    writeFileSync(
      configPath,
      'export default function (eleventyConfig) { eleventyConfig.addTransform("stamp", function (content) { return this.page.outputPath.endsWith(".html") ? content + "<!-- stamped -->" : content; }); }\n',
    );
    const out = join(folder, "dist");
    const result = await buildWithEleventy({ contentDir: "content", outDir: out, baseUrl: undefined, pathPrefix: "/" }, configPath);
    expect(result).toEqual({ ok: true, pages: 119 });
    const pages = htmlFilesOf(out);
    expect(pages).toEqual(htmlFilesOf(sampleBuild()));
    expect(pages.filter((page) => !readFileSync(join(out, page), "utf8").endsWith("</html>\n<!-- stamped -->"))).toEqual([]);
  });
});
