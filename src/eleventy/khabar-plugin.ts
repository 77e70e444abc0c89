/**
 * The Eleventy plugin: the page table as Eleventy templates. Every kind of page becomes one virtual
 * template that paginates over that kind's pages and includes the kind's layout, rendered by the
 * one Nunjucks environment; so Eleventy writes every page of the site, and a site's own plugins,
 * shortcodes and transforms (`.eleventy.ts`) apply to each of them.
 */
import type nunjucks from "nunjucks";
import { PAGE_KINDS, type Page, type PageKind } from "../pages/page-table.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

export interface KhabarPluginOptions {
  /** The page table of the site. */
  readonly pages: readonly Page[];
  /** The one Nunjucks environment (src/render/nunjucks-environment.ts). */
  readonly environment: nunjucks.Environment;
  /** Writes what is not a page (assets, search index) into the output folder, once Eleventy has written the pages. */
  readonly writeSiteFiles: (outputDir: string) => Promise<void>;
}

/** The global data that holds the page table, by kind. */
const PAGES_DATA = "khabarPages";

/**
 * Registers khabar with Eleventy.
 * @example new Eleventy(input, output, { config: (eleventyConfig) => khabarPlugin(eleventyConfig, { pages, environment, writeSiteFiles }) })
 */
export function khabarPlugin(eleventyConfig: EleventyConfig, { pages, environment, writeSiteFiles }: KhabarPluginOptions): void {
  // Libraries: the environment the other drivers render with, so filters and escaping are khabar's.
  eleventyConfig.setLibrary("njk", environment);

  // Global data: the page table, by kind.
  const byKind = Object.fromEntries(PAGE_KINDS.map(({ kind }) => [kind, [] as Page[]])) as Record<PageKind, Page[]>;
  for (const page of pages) byKind[page.kind].push(page);
  eleventyConfig.addGlobalData(PAGES_DATA, byKind);

  // Templates: one a kind of page, each page at the table's address, its template given the table's data.
  for (const { kind, template } of PAGE_KINDS) {
    eleventyConfig.addTemplate(`khabar/${kind}.njk`, `{% set model = khabarPage.data.model %}{% include "${template}" %}`, {
      pagination: { data: `${PAGES_DATA}.${kind}`, size: 1, alias: "khabarPage" },
      permalink: (data: { khabarPage: Page }) => data.khabarPage.outputPath,
      eleventyExcludeFromCollections: true,
    });
  }

  // Files besides pages.
  eleventyConfig.on("eleventy.after", ({ directories }) => writeSiteFiles(directories.output));
}
