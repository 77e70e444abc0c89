/**
 * Accessibility and self-containment of the sample site in real Chromium: axe-core finds no WCAG 2.2 AA
 * violation on one page of each kind in both languages, at a phone's and a desktop's width, and no
 * page asks another origin for anything while it loads.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, NO_CHROMIUM, NO_CHROMIUM_REASON } from "../helpers/browser.ts";
import { sampleBuild, SAMPLE_PAGES } from "../helpers/sample-site.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

/** axe-core's own build, injected into each page as an inline script (no request is made for it). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const WIDTHS = [375, 1280] as const;

interface AxeNode {
  readonly target: readonly string[];
  readonly html: string;
  readonly failureSummary?: string;
}
interface AxeRule {
  readonly id: string;
  readonly help: string;
  readonly nodes: readonly AxeNode[];
}
interface AxeResults {
  readonly violations: readonly AxeRule[];
  readonly passes: readonly AxeRule[];
}

let server: StaticServer;
let browser: Browser;
/** One tab per width, reused from page to page: a new tab per test costs more than the test. */
const tabs = new Map<number, Page>();

describe.skipIf(NO_CHROMIUM)(`accessibility in Chromium (skipped when ${NO_CHROMIUM_REASON})`, () => {
  beforeAll(async () => {
    server = await serveStatic(sampleBuild());
    browser = await launchChromium();
    for (const width of WIDTHS) tabs.set(width, await browser.newPage({ viewport: { width, height: 900 } }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  function tab(width: number): Page {
    const page = tabs.get(width);
    if (!page) throw new Error(`no tab ${width} px wide`);
    return page;
  }

  async function runAxe(page: Page): Promise<AxeResults> {
    await page.addScriptTag({ content: AXE_SOURCE });
    return page.evaluate(async (tags) => {
      const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
      const results = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      const strip = (rule: AxeRule): AxeRule => ({ id: rule.id, help: rule.help, nodes: rule.nodes.map(({ target, html, failureSummary }) => ({ target, html, failureSummary })) });
      return { violations: results.violations.map(strip), passes: results.passes.map((rule) => ({ id: rule.id, help: rule.help, nodes: [] })) };
    }, WCAG_22_AA);
  }

  /** One line per failing element, so that a failure names the rule, the element and the fix. */
  function describeViolations(violations: readonly AxeRule[]): string {
    return violations
      .flatMap((rule) => rule.nodes.map((node) => `${rule.id} (${rule.help}) at ${node.target.join(" ")}: ${node.html.slice(0, 160)}\n    ${(node.failureSummary ?? "").replaceAll("\n", "\n    ")}`))
      .join("\n");
  }

  for (const width of WIDTHS) {
    it.each(SAMPLE_PAGES)(`$name ($path) has no WCAG 2.2 AA violation at ${width} px wide, and loads nothing from another origin`, async ({ path }) => {
      const page = tab(width);
      const requested: string[] = [];
      const record = (request: Request): void => void requested.push(request.url());
      page.on("request", record);
      // The search pages fetch their index after the load event: wait for the network to fall quiet there.
      await page.goto(`${server.origin}${path}`, { waitUntil: path.endsWith("/search/") ? "networkidle" : "load" });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      page.off("request", record);
      const elsewhere = requested.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith("data:"));
      expect(elsewhere, `requests to another origin while ${path} loaded`).toEqual([]);
      expect(requested).toContain(`${server.origin}/assets/khabar.css`);
      const results = await runAxe(page);
      expect(results.violations, `axe-core violations on ${path} at ${width} px:\n${describeViolations(results.violations)}`).toEqual([]);
      // axe really ran its rules here: the language, the title and the contrast were each checked.
      expect(results.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(["html-has-lang", "document-title", "color-contrast"]));
    });
  }

  it.each([
    ["Persian", `/fa/search/?q=${encodeURIComponent("باکو")}`],
    ["English", "/en/search/?q=Baku"],
  ])("the %s search page showing its results has no WCAG 2.2 AA violation", async (_language, path) => {
    const page = tab(375);
    await page.goto(`${server.origin}${path}`);
    await page.waitForFunction(() => document.querySelectorAll(".search-results li").length > 0);
    const results = await runAxe(page);
    expect(results.violations, `axe-core violations on ${path}:\n${describeViolations(results.violations)}`).toEqual([]);
  });

  it("a Persian search with results asks only its own origin, for the index's manifest, one term file and one file per result shown", async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await page.goto(`${server.origin}/fa/search/?q=${encodeURIComponent("باکو")}`, { waitUntil: "networkidle" });
    await page.waitForFunction(() => (document.querySelector(".search-status")?.textContent ?? "") !== "");
    await page.close();
    expect(requested.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith("data:"))).toEqual([]);
    expect(requested.filter((url) => url.includes("/search-index/"))).toEqual([
      `${server.origin}/search-index/fa/index.json`,
      `${server.origin}/search-index/fa/terms/628-627.json`,
      `${server.origin}/search-index/fa/documents/3.json`,
      `${server.origin}/search-index/fa/documents/0.json`,
      `${server.origin}/search-index/fa/documents/6.json`,
      `${server.origin}/search-index/fa/documents/1.json`,
      `${server.origin}/search-index/fa/documents/2.json`,
    ]);
  });
});
