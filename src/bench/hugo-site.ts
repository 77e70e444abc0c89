/**
 * The benchmark's Hugo site: the generated corpus as a Hugo site (src/bench/hugo-site/: config and
 * layouts of about the weight of khabar's report and list pages), so that `npm run bench` can time
 * Hugo on the same reports when `hugo` is installed (`apt-get install hugo`).
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { projectFile } from "../project-files.ts";

/** Where the config and layouts are kept. */
const HUGO_SITE_FILES = projectFile("src/bench/hugo-site");

/**
 * The version line of the `hugo` on the PATH, or undefined when there is none.
 * @example installedHugo() // "hugo v0.111.3+extended linux/amd64 BuildDate=2023-03-16T08:41:31Z VendorInfo=debian:0.111.3-1"
 */
export function installedHugo(): string | undefined {
  const result = spawnSync("hugo", ["version"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * Writes the Hugo site of a generated corpus into `siteDir`: the config and layouts, and each report
 * with its date as Hugo reads it. khabar's `date: "2025-12-28T11:06"` (Tehran time) has no seconds
 * and no offset, which Hugo 0.111 does not parse; it becomes `2025-12-28T11:06:00+03:30`.
 * @example writeHugoSite("/tmp/khabar-bench-x/content", "/tmp/khabar-bench-x/hugo-site")
 */
export function writeHugoSite(corpusContent: string, siteDir: string): void {
  cpSync(HUGO_SITE_FILES, siteDir, { recursive: true });
  for (const lang of ["fa", "en"]) {
    const from = join(corpusContent, lang);
    for (const file of readdirSync(from, { recursive: true, encoding: "utf8" })) {
      if (!file.endsWith(".md")) continue;
      const target = join(siteDir, "content", lang, file);
      mkdirSync(dirname(target), { recursive: true });
      const text = readFileSync(join(from, file), "utf8");
      writeFileSync(target, text.replace(/^date: "(\d{4}-\d\d-\d\dT\d\d:\d\d)"$/m, 'date: "$1:00+03:30"'));
    }
  }
}

/**
 * How many HTML pages a build wrote below `dir`.
 * @example countHtmlPages("/tmp/khabar-bench-x/hugo-1") // 11695 at 4,000 report pairs
 */
export function countHtmlPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html")).length;
}
