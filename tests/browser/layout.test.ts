/**
 * The sample site's layout and keyboard use in real Chromium, at a phone's width (375 px) and a
 * desktop's (1280 px): no sideways scrolling, Persian text set from the right, a language switch that
 * works from the keyboard, and a focus indicator on every stop. Screenshots of the home and report
 * pages are saved under screenshots/ for a person to look at.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, NO_CHROMIUM, NO_CHROMIUM_REASON } from "../helpers/browser.ts";
import { REPO_ROOT } from "../helpers/run-cli.ts";
import { sampleBuild, SAMPLE_PAGES, type SamplePage } from "../helpers/sample-site.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

const WIDTHS = [375, 1280] as const;
const SCREENSHOTS = join(REPO_ROOT, "screenshots");
/** How far (CSS px) a line's first letter may sit from the column's edge: sub-pixel rounding only. */
const EDGE_TOLERANCE = 1;

/** Where the first letter of a paragraph's text lies, against the column (`main`) it is set in. */
interface FirstLetter {
  readonly direction: string;
  readonly textAlign: string;
  readonly letterLeft: number;
  readonly letterRight: number;
  readonly columnLeft: number;
  readonly columnRight: number;
}

/** The focus indicator of the element that has the focus. */
interface FocusStop {
  readonly element: string;
  readonly outlineStyle: string;
  readonly outlineWidth: string;
  readonly boxShadow: string;
}

let server: StaticServer;
let browser: Browser;
const tabs = new Map<number, Page>();

describe.skipIf(NO_CHROMIUM)(`layout and keyboard in Chromium (skipped when ${NO_CHROMIUM_REASON})`, () => {
  beforeAll(async () => {
    server = await serveStatic(sampleBuild());
    browser = await launchChromium();
    for (const width of WIDTHS) tabs.set(width, await browser.newPage({ viewport: { width, height: 900 } }));
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * The tab of that width, showing the page at `path` with its fonts loaded; a page already open there
   * is not loaded again unless `fresh` (the keyboard tests start from the top of a newly loaded page).
   */
  async function open(path: string, width: number, { fresh = false } = {}): Promise<Page> {
    const page = tabs.get(width);
    if (!page) throw new Error(`no tab ${width} px wide`);
    if (!fresh && page.url() === `${server.origin}${path}`) return page;
    await page.goto(`${server.origin}${path}`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return page;
  }

  function firstLetterOf(page: Page, selector: string): Promise<FirstLetter> {
    return page.evaluate((selector) => {
      const paragraph = document.querySelector(selector);
      const column = document.querySelector("main");
      if (!paragraph || !column) throw new Error(`no ${selector} in a <main>`);
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, { acceptNode: (node) => ((node.textContent ?? "").trim() === "" ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_ACCEPT) });
      const text = walker.nextNode();
      if (!text) throw new Error(`${selector} has no text`);
      const start = (text.textContent ?? "").search(/\S/);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 1);
      const letter = range.getBoundingClientRect();
      const box = column.getBoundingClientRect();
      const style = getComputedStyle(paragraph);
      return { direction: style.direction, textAlign: style.textAlign, letterLeft: letter.left, letterRight: letter.right, columnLeft: box.left, columnRight: box.right };
    }, selector);
  }

  /** The focus indicator of an element, as the page shows it while that element has the focus. */
  function describeFocus(): FocusStop {
    const element = document.activeElement as Element;
    const style = getComputedStyle(element);
    const name = `<${element.localName}${element.className ? ` class="${element.className}"` : ""}>${(element.textContent ?? "").trim().slice(0, 40)}`;
    return { element: name, outlineStyle: style.outlineStyle, outlineWidth: style.outlineWidth, boxShadow: style.boxShadow };
  }

  /**
   * Every stop Tab reaches on the open page, in order, each with its focus indicator as it shows when
   * focus arrives from the keyboard: each is focused in the page with `focusVisible`, as a Tab
   * press focuses it, so that a page of sixty stops costs one round trip to the browser, not sixty.
   */
  function tabStops(page: Page): Promise<FocusStop[]> {
    return page.evaluate(`(() => {
      const describeFocus = ${describeFocus.toString()};
      const candidates = document.querySelectorAll("a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])");
      const stops = [];
      for (const element of candidates) {
        element.focus({ focusVisible: true });
        if (document.activeElement === element) stops.push(describeFocus());
      }
      return stops;
    })()`);
  }

  function focusIsVisible(stop: FocusStop): boolean {
    return (stop.outlineStyle !== "none" && Number.parseFloat(stop.outlineWidth) > 0) || stop.boxShadow !== "none";
  }

  for (const width of WIDTHS) {
    for (const sample of SAMPLE_PAGES) {
      const { name, path } = sample;
      it(`${name} (${path}) does not scroll sideways at ${width} px wide`, async () => {
        const page = await open(path, width);
        const sizes = await page.evaluate(() => ({ overflow: Math.max(0, document.documentElement.scrollWidth - innerWidth), innerWidth }));
        expect(sizes).toEqual({ overflow: 0, innerWidth: width });
      });

      it(`every stop that Tab reaches on ${name} (${path}) shows its focus at ${width} px wide`, async () => {
        const page = await open(path, width);
        const stops = await tabStops(page);
        expect(stops.length, `Tab reached nothing on ${path}`).toBeGreaterThan(1);
        expect(stops.filter((stop) => !focusIsVisible(stop))).toEqual([]);
      });
    }

    it(`the Persian report's first paragraph is right-to-left and starts at the column's right edge at ${width} px wide`, async () => {
      const page = await open("/fa/news/itu-secretary-general-baku/", width);
      const letter = await firstLetterOf(page, ".report__body > p");
      expect({ direction: letter.direction, textAlign: letter.textAlign }).toEqual({ direction: "rtl", textAlign: "start" });
      expect(Math.abs(letter.columnRight - letter.letterRight)).toBeLessThanOrEqual(EDGE_TOLERANCE);
    });

    it(`the Persian home's first summary is right-to-left and starts at the column's right edge at ${width} px wide`, async () => {
      const page = await open("/fa/", width);
      const letter = await firstLetterOf(page, ".report-list__summary");
      expect({ direction: letter.direction, textAlign: letter.textAlign }).toEqual({ direction: "rtl", textAlign: "start" });
      expect(Math.abs(letter.columnRight - letter.letterRight)).toBeLessThanOrEqual(EDGE_TOLERANCE);
    });

    it(`the report's two dates are parted by a dash, which no reader takes for a Persian zero, at ${width} px wide`, async () => {
      const page = await open("/fa/news/itu-secretary-general-baku/", width);
      const separators = await page.evaluate(() => [...document.querySelectorAll(".report__header .date")].map((date) => getComputedStyle(date, "::before").content));
      expect(separators).toEqual(["none", '"—" / ""']);
    });

    it(`a lead photo's credit stands on a line of its own under the caption, from the caption's starting edge, in both languages at ${width} px wide`, async () => {
      const credits = [];
      for (const path of ["/fa/news/itu-secretary-general-baku/", "/en/news/itu-secretary-general-baku/"]) {
        const page = await open(path, width);
        credits.push(
          await page.evaluate(() => {
            const caption = document.querySelector(".report__photo figcaption");
            const credit = caption?.querySelector(".report__photo-credit");
            if (!caption || !credit || !caption.firstChild) throw new Error("no lead photo with a caption and a credit");
            const captionText = document.createRange();
            captionText.selectNodeContents(caption.firstChild);
            const lines = captionText.getClientRects();
            const lastLine = lines[lines.length - 1];
            const box = caption.getBoundingClientRect();
            const creditBox = credit.getBoundingClientRect();
            const rtl = getComputedStyle(caption).direction === "rtl";
            return {
              text: (caption as HTMLElement).innerText,
              creditBelowCaption: lastLine !== undefined && creditBox.top >= lastLine.bottom - 1,
              creditIndent: Math.round(rtl ? box.right - creditBox.right : creditBox.left - box.left),
            };
          }),
        );
      }
      expect(credits).toEqual([
        { text: "دیدار در حاشیه کنفرانس جهانی توسعه ارتباطات راه دور در باکو\nعکس: تصویر نمونه khabar", creditBelowCaption: true, creditIndent: 0 },
        { text: "The meeting on the sidelines of the World Telecommunication Development Conference in Baku\nPhoto: khabar sample picture", creditBelowCaption: true, creditIndent: 0 },
      ]);
    });

    it(`the English report's first paragraph is left-to-right and starts at the column's left edge at ${width} px wide`, async () => {
      const page = await open("/en/news/itu-secretary-general-baku/", width);
      const letter = await firstLetterOf(page, ".report__body > p");
      expect({ direction: letter.direction, textAlign: letter.textAlign }).toEqual({ direction: "ltr", textAlign: "start" });
      expect(Math.abs(letter.letterLeft - letter.columnLeft)).toBeLessThanOrEqual(EDGE_TOLERANCE);
    });
  }

  const SWITCHING = SAMPLE_PAGES.filter((page): page is SamplePage & { switchesTo: string } => page.switchesTo !== null);

  it.each(SWITCHING)("on $name ($path), Tab reaches the language switch with a visible focus, and Enter opens $switchesTo", async ({ path, switchesTo }) => {
    const page = await open(path, 1280, { fresh: true });
    let stop: FocusStop | null = null;
    for (let presses = 0; presses < 30 && stop === null; presses += 1) {
      await page.keyboard.press("Tab");
      stop = await page.evaluate(`document.activeElement?.classList.contains("language-switch") ? (${describeFocus.toString()})() : null`);
    }
    expect(stop, `Tab never reached the language switch on ${path}`).not.toBeNull();
    expect(stop && focusIsVisible(stop), `the focused language switch shows no outline or shadow: ${JSON.stringify(stop)}`).toBe(true);
    await Promise.all([page.waitForURL(`${server.origin}${switchesTo}`), page.keyboard.press("Enter")]);
    expect(page.url()).toBe(`${server.origin}${switchesTo}`);
  });


  const SHOTS = SAMPLE_PAGES.filter(({ path }) => ["/fa/", "/en/", "/fa/news/itu-secretary-general-baku/", "/en/news/itu-secretary-general-baku/"].includes(path));

  for (const width of WIDTHS) {
    it.each(SHOTS)(`saves a full-page screenshot of $name ($path) at ${width} px wide under screenshots/`, async ({ path, lang }) => {
      const page = await open(path, width);
      const file = join(SCREENSHOTS, `${lang}-${path.includes("/news/") ? "report" : "home"}-${width}.png`);
      const png = await page.screenshot({ path: file, fullPage: true });
      // A PNG's signature, and an image as wide as the window.
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.readUInt32BE(16)).toBe(width);
    });
  }
});
