/**
 * The search figures `npm run bench` prints: how long one thread takes to build each language's
 * index (the terms and every file's text, not writing them), and what a reader downloads for one
 * broad query on a built site, each file counted as sent gzipped.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { LANGS, type Lang } from "../i18n/locales.ts";
import type { SiteModel } from "../site/site-model.ts";
import { matchReports, shardsOfWords } from "./match-reports.ts";
import { fileOf, SiteSearchIndex, type SearchManifest, type SearchShard } from "./search-index.ts";
import { queryTerms } from "./search-terms.ts";
import { queryWord } from "./word-forms.ts";

/**
 * Milliseconds one thread takes to build each language's index from the page models, and its files'
 * total size. Counting the files' UTF-8 bytes is the benchmark's own work, not the build's (which
 * writes them), so its time is left out.
 * @example indexBuildFigures(model) // [{ lang: "fa", ms: 612, bytes: 48_000_000 }, …]
 */
export function indexBuildFigures(model: SiteModel): { lang: Lang; ms: number; bytes: number }[] {
  return LANGS.map((lang) => {
    const started = performance.now();
    const index = new SiteSearchIndex(model.baseHref, [lang]);
    const documents = model.reports.flatMap((page) => fileOf(index.add(page)));
    let bytes = 0;
    let counting = 0;
    for (const [, text] of [...documents, ...index.files()]) {
      const countingStarted = performance.now();
      bytes += Buffer.byteLength(text);
      counting += performance.now() - countingStarted;
    }
    return { lang, ms: performance.now() - started - counting, bytes };
  });
}

/** What one query downloads: the files, with their sizes as stored and gzipped. */
export interface QueryDownload {
  readonly query: string;
  readonly results: number;
  readonly files: readonly { readonly path: string; readonly bytes: number; readonly gzipped: number }[];
}

/**
 * The files a reader's browser fetches for `query` on the search page of `lang` in the built site
 * `siteDir`, with the first `shown` results: the page, its stylesheet and script (the fonts are the
 * whole site's and left out), the manifest, the term files and one file a result shown.
 * @example queryDownload("dist", "fa", "وزیر ارتباطات", 10).files.length // 16
 */
export function queryDownload(siteDir: string, lang: Lang, query: string, shown: number): QueryDownload {
  const read = (path: string) => readFileSync(join(siteDir, path));
  const indexDir = `search-index/${lang}/`;
  const manifest = JSON.parse(read(`${indexDir}index.json`).toString()) as SearchManifest;
  const words = queryTerms(query).map(queryWord);
  const keys = shardsOfWords(words).filter((key) => manifest.shards.includes(key));
  const shards = new Map(keys.map((key) => [key, JSON.parse(read(`${indexDir}terms/${key}.json`).toString()) as SearchShard]));
  const { ids } = matchReports(words, manifest.documents, (key) => shards.get(key));
  const paths = [
    `${lang}/search/index.html`,
    "assets/khabar.css",
    "assets/search.js",
    `${indexDir}index.json`,
    ...keys.map((key) => `${indexDir}terms/${key}.json`),
    ...ids.slice(0, shown).map((id) => `${indexDir}documents/${id}.json`),
  ];
  return {
    query,
    results: ids.length,
    files: paths.map((path) => {
      const bytes = read(path);
      return { path, bytes: bytes.length, gzipped: gzipSync(bytes).length };
    }),
  };
}
