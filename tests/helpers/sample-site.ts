/**
 * The sample site in content/, built once with the real CLI for the whole test run, and the pages
 * of it that the quality tests look at in a browser.
 */
import { readdirSync } from "node:fs";
import { join, sep } from "node:path";
import { inject } from "vitest";

export interface SamplePage {
  /** What the page is, for test names: "the Persian report". */
  readonly name: string;
  /** The page's address on the site, without a path prefix. */
  readonly path: string;
  /** The page's language; null for the bilingual pages (`/`, `/404.html`). */
  readonly lang: "fa" | "en" | null;
  /** Where its language switch leads (the translation, or the other language's home); null without a switch. */
  readonly switchesTo: string | null;
}

/**
 * One page of each kind in both languages, plus the two bilingual pages.
 * @example SAMPLE_PAGES.find((page) => page.path === "/fa/")?.switchesTo // "/en/"
 */
export const SAMPLE_PAGES: readonly SamplePage[] = [
  { name: "the Persian home", path: "/fa/", lang: "fa", switchesTo: "/en/" },
  { name: "the English home", path: "/en/", lang: "en", switchesTo: "/fa/" },
  { name: "the Persian report", path: "/fa/news/itu-secretary-general-baku/", lang: "fa", switchesTo: "/en/news/itu-secretary-general-baku/" },
  { name: "the English report", path: "/en/news/itu-secretary-general-baku/", lang: "en", switchesTo: "/fa/news/itu-secretary-general-baku/" },
  { name: "the Persian list of all reports", path: "/fa/news/", lang: "fa", switchesTo: "/en/news/" },
  { name: "the English list of all reports", path: "/en/news/", lang: "en", switchesTo: "/fa/news/" },
  { name: "the Persian archive month", path: "/fa/archive/1404/08/", lang: "fa", switchesTo: "/en/" },
  { name: "the English archive month", path: "/en/archive/2025/11/", lang: "en", switchesTo: "/fa/" },
  { name: "the Persian person page", path: "/fa/people/sattar-hashemi/", lang: "fa", switchesTo: "/en/people/sattar-hashemi/" },
  { name: "the English person page", path: "/en/people/sattar-hashemi/", lang: "en", switchesTo: "/fa/people/sattar-hashemi/" },
  { name: "the Persian search page", path: "/fa/search/", lang: "fa", switchesTo: "/en/search/" },
  { name: "the English search page", path: "/en/search/", lang: "en", switchesTo: "/fa/search/" },
  { name: "the language choice", path: "/", lang: null, switchesTo: null },
  { name: "the not-found page", path: "/404.html", lang: null, switchesTo: null },
];

/**
 * The folder of the sample site as `npm run build` built it once for the whole test run
 * (global-setup.ts); with `underPrefix`, the build made with `--path-prefix /sub/`. Read it, never change it.
 * @example sampleBuild() // "/tmp/khabar-tests-XXXX/sample"
 */
export function sampleBuild(underPrefix = false): string {
  return inject(underPrefix ? "sampleSiteUnderPrefix" : "sampleSite");
}

/**
 * Every `.html` file below a folder, as sorted `/`-separated paths relative to it.
 * @example htmlFilesOf(out).slice(0, 2) // ["404.html", "en/archive/2016/05/index.html"]
 */
export function htmlFilesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1).split(sep).join("/"))
    .sort();
}

/**
 * The address a built file is served at: `index.html` is its folder's address.
 * @example pagePathOf("fa/news/x/index.html") // "/fa/news/x/"
 */
export function pagePathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}
