/**
 * The command behind an npm script, so a script can be run exactly as `npm run` runs it, without
 * npm's own start-up: the benchmark times the build this way, and the tests run the commands so.
 */
import { readFileSync } from "node:fs";
import { projectFile } from "../project-files.ts";

/**
 * The Node arguments of an npm script of package.json: everything after `node`, or, for a `tsx`
 * script, the same as Node arguments.
 * @example npmScriptNodeArgs("build") // ["--always-sparkplug", "--heap-growing-percent=100", "node_modules/.cache/khabar/scripts/build.mjs"]
 * @example npmScriptNodeArgs("check") // ["--import", "tsx", "scripts/check.ts"]
 */
export function npmScriptNodeArgs(name: string): string[] {
  const scripts = (JSON.parse(readFileSync(projectFile("package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  const [command, ...args] = (scripts[name] ?? "").trim().split(/\s+/);
  if (command === "node") return args;
  if (command === "tsx") return ["--import", "tsx", ...args];
  throw new Error(`package.json: the "${name}" script should start with node or tsx, not ${command ?? "nothing"}`);
}
