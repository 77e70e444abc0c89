/**
 * Rendering one page of the page table: its template in the one Nunjucks environment, with its data.
 */
import type nunjucks from "nunjucks";
import type { Page } from "../pages/page-table.ts";

/**
 * A page's bytes, the same whichever driver asks: the build's writer, Eleventy or the dev server.
 * Each template is compiled on first use and kept by the environment.
 * @example renderPage(robotsPage, createNunjucksEnvironment()) // "User-agent: *\nAllow: /\n\nSitemap: https://…/sitemap.xml\n"
 */
export function renderPage(page: Page, environment: nunjucks.Environment): string {
  return environment.render(page.template, page.data);
}
