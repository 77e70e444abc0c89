/**
 * The data flows one way (docs/architecture.md): no module of src/ imports from a step after its own,
 * and the three drivers do not import from each other.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/run-cli.ts";

/** Each folder of src/ by its step: a module may import from its own step and the steps before it. */
const STEP: Readonly<Record<string, number>> = {
  dates: 0,
  i18n: 0,
  markdown: 0,
  typography: 0,
  files: 0,
  images: 0,
  "project-files.ts": 0,
  content: 1,
  site: 2,
  search: 3,
  pages: 3,
  render: 4,
  assets: 4,
  "output-folder": 5,
  "image-processing": 5,
  publish: 6,
  eleventy: 6,
  dev: 6,
  check: 7,
  authoring: 7,
  bench: 7,
};
const DRIVERS = new Set(["publish", "eleventy", "dev"]);

/** Every relative import of every module below src/, as `module -> imported module`. */
function imports(): { from: string; to: string }[] {
  const src = join(REPO_ROOT, "src");
  const modules = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));
  return modules.flatMap((file) =>
    [...readFileSync(join(src, file), "utf8").matchAll(/from "(\.[^"]+)"/g)].map((match) => ({ from: file, to: normalize(join(dirname(file), match[1] ?? "")) })),
  );
}

describe("the folders of src/", () => {
  it("each have a step in the flow", () => {
    const folders = new Set(imports().flatMap(({ from, to }) => [from.split("/")[0] ?? "", to.split("/")[0] ?? ""]));
    expect([...folders].filter((folder) => STEP[folder] === undefined)).toEqual([]);
  });

  it("import only from their own step and the steps before it, and no driver from another", () => {
    const backwards = imports().filter(({ from, to }) => {
      const [source = "", target = ""] = [from.split("/")[0], to.split("/")[0]];
      if (source === target) return false;
      return (STEP[target] ?? 0) > (STEP[source] ?? 0) || (DRIVERS.has(source) && DRIVERS.has(target));
    });
    expect(backwards.map(({ from, to }) => `${from} -> ${to}`)).toEqual([]);
  });
});
