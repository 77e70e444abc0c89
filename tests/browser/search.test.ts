/**
 * The search pages, for real: the sample site is built, served on localhost and searched in
 * headless Chromium, with words from its reports typed the way readers type them. One page is
 * reused throughout; every wait is for something the page does, never a fixed time.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, NO_CHROMIUM, NO_CHROMIUM_REASON } from "../helpers/browser.ts";
import { sampleBuild } from "../helpers/sample-site.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

let server: StaticServer;
let browser: Browser;
let page: Page;

const TAJIKISTAN = "پیشنهاد تاجیکستان برای تولید مشترک فیبر نوری در دیدار با وزیر ارتباطات";
const PAKISTAN = "رایزنی وزیران ارتباطات ایران و پاکستان در باکو درباره کریدورهای امن ارتباطی";

describe.skipIf(NO_CHROMIUM)(`search in Chromium (skipped when ${NO_CHROMIUM_REASON})`, () => {
  beforeAll(async () => {
    server = await serveStatic(sampleBuild());
    browser = await launchChromium();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a search address and waits for its count. */
  async function search(path: string, query?: Record<string, string>): Promise<{ status: string; titles: string[] }> {
    await page.goto(`${server.origin}${path}${query === undefined ? "" : `?${new URLSearchParams(query)}`}`);
    await page.waitForFunction(() => (document.querySelector(".search-status")?.textContent ?? "") !== "");
    const status = (await page.locator(".search-status").textContent()) ?? "";
    const titles = await page.locator(".search-results .report-list__title a").allTextContents();
    return { status, titles };
  }
  const fa = (q: string, filters: Record<string, string> = {}) => search("/fa/search/", { q, ...filters });
  const en = (q: string, filters: Record<string, string> = {}) => search("/en/search/", { q, ...filters });

  it("finds the Tajikistan report by a word typed with an Arabic kaf and yeh", async () => {
    expect((await fa("تاجيكستان")).titles).toContain(TAJIKISTAN);
  });

  it("finds آذربایجان typed without its madda and رئیس typed with two yehs", async () => {
    const written = await fa("آذربایجان");
    expect(written.status).toBe("۵ نتیجه");
    expect(await fa("اذربایجان")).toEqual(written);
    expect((await fa("رییس")).titles).toContain(PAKISTAN);
  });

  it("finds reports by a Jalali year typed in ASCII digits", async () => {
    const { status, titles } = await fa("1404");
    expect(status).toBe("۵ نتیجه");
    expect(titles).toContain("کنفرانس جهانی توسعه ارتباطات راه دور ۲۰۲۵ در باکو آغاز به کار کرد");
  });

  it("searches only English reports from the English page, and links them under /en/", async () => {
    const { status, titles } = await en("Geneva");
    expect(titles).toEqual(["Vaezi meets ITU Secretary-General Houlin Zhao in Geneva"]);
    // One result, in the singular (Intl.PluralRules), never "1 results".
    expect(status).toBe("1 result");
    const hrefs = await page.locator(".search-results .report-list__title a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs).toEqual(["/en/news/vaezi-meets-itu-secretary-general-geneva/"]);
  });

  it("finds the same reports, in the same order, for a compound written with a ZWNJ, without it, and with a space", async () => {
    const found: string[][] = [];
    for (const query of ["همکاری\u200cهای", "همکاریهای", "همکاری های"]) found.push((await fa(query)).titles);
    expect(found[0]).toHaveLength(8);
    expect(found[1]).toEqual(found[0]);
    expect(found[2]).toEqual(found[0]);
  });

  it("finds a word's reports by its plural typed with a ZWNJ, and the plural's by the word", async () => {
    const word = await fa("گزارش");
    expect(word.status).toBe("۸ نتیجه");
    expect([...(await fa("گزارش\u200cها")).titles].sort()).toEqual([...word.titles].sort());
  });

  it("finds the report whose text has a plural with its ZWNJ by the plural typed with a space, and marks the word as written", async () => {
    // ماهواره‌ها is written only in the Turkmenistan report, کابل‌های only in the Iraq one. The page
    // joins an ending typed apart to its word, as check --fix's repairSearchQuery joins it with a ZWNJ.
    const satellites = await fa("ماهواره ها");
    expect(satellites).toEqual({ status: "۱ نتیجه", titles: ["گفت‌وگوی ایران و ترکمنستان درباره اقتصاد دیجیتال، هوش مصنوعی و ترانزیت داده"] });
    expect(await fa("ماهواره\u200cها")).toEqual(satellites);
    const cables = await fa("کابل های");
    expect(cables).toEqual({ status: "۱ نتیجه", titles: ["گفت‌وگوی وزیر ارتباطات و سفیر عراق درباره ترانزیت داده و شبکه پرسرعت اربعین"] });
    expect(await page.locator(".search-results li:first-child .search-excerpt mark").allTextContents()).toEqual(["کابل\u200cهای"]);
  });

  it("finds every English report of a word by another form of it (meetings, ministers, talked)", async () => {
    expect([(await en("meetings")).status, (await en("meeting")).status, (await en("meets")).status]).toEqual(["5 results", "5 results", "5 results"]);
    expect([(await en("ministers")).status, (await en("minister")).status]).toEqual(["7 results", "7 results"]);
    expect([(await en("talked")).status, (await en("talks")).status]).toEqual(["6 results", "6 results"]);
  });

  it("finds a word by its first letters and shows both dates of each result", async () => {
    expect((await fa("تاجیکس")).titles).toEqual([TAJIKISTAN, PAKISTAN]);
    expect(await page.locator(".search-results li:first-child .dates time").allTextContents()).toEqual(["دوشنبه ۳ آذر ۱۴۰۴", "۲۴ نوامبر ۲۰۲۵"]);
  });

  it("shows an excerpt of the body around the match, the query's words in <mark> and nothing else as markup", async () => {
    await en("Houlin Geneva");
    const excerpt = page.locator(".search-results li:first-child .search-excerpt");
    expect(await excerpt.locator("mark").allTextContents()).toEqual(expect.arrayContaining(["Houlin", "Geneva"]));
    expect(await excerpt.evaluate((element) => [...element.querySelectorAll("*")].map((child) => child.localName))).toEqual(
      (await excerpt.locator("mark").count()) > 0 ? Array((await excerpt.locator("mark").count()) as number).fill("mark") : [],
    );
    expect(await excerpt.textContent()).toMatch(/^… .*Geneva.* …$/s);
  });

  it("reaches every result by keyboard through the more-results button, which moves the focus to the first new result", async () => {
    // Three at a time instead of ten, so the sample's reports make several steps.
    await page.route(`${server.origin}/en/search/?q=the`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('data-results-per-step="10"', 'data-results-per-step="3"') });
    });
    const { status } = await en("the");
    await page.unroute(`${server.origin}/en/search/?q=the`);
    const total = Number(/^(\d+) results$/.exec(status)?.[1]);
    expect(total).toBeGreaterThan(6);
    expect(await page.locator(".search-results li").count()).toBe(3);
    for (let shown = 3; shown < total; shown += 3) {
      await page.locator(".search-more").focus();
      await page.keyboard.press("Enter");
      await page.waitForFunction((count) => document.querySelectorAll(".search-results li").length === count, Math.min(total, shown + 3));
      expect(await page.evaluate((index) => document.activeElement === document.querySelectorAll(".search-results li a")[index], shown)).toBe(true);
    }
    expect(await page.locator(".search-more").isHidden()).toBe(true);
  });

  it("lists a minister's reports by the filter alone, and a year's in the page's own calendar", async () => {
    const minister = await fa("", { minister: "sattar-hashemi" });
    expect(minister.status).toBe("۶ نتیجه");
    expect(await page.locator("#search-minister").inputValue()).toBe("sattar-hashemi");
    expect((await fa("", { year: "1395" })).titles).toEqual(["دیدار واعظی با دبیرکل اتحادیه بین‌المللی مخابرات در ژنو"]);
    expect((await en("", { year: "2016" })).titles).toEqual(["Vaezi meets ITU Secretary-General Houlin Zhao in Geneva"]);
  });

  it("narrows words by a filter chosen from the keyboard, and writes both into the address", async () => {
    const all = await fa("باکو");
    await page.locator("#search-minister").focus();
    await page.locator("#search-minister").selectOption("sattar-hashemi");
    await page.waitForFunction((before) => document.querySelector(".search-status")?.textContent !== before, all.status);
    expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent("باکو")}&minister=sattar-hashemi`);
    expect(await page.locator(".search-status").textContent()).toBe("۴ نتیجه");
  });

  it("waits for typing to pause, so a word typed letter by letter fetches one result file", async () => {
    // The page's clock stands still while the letters are typed, however slowly a busy machine types
    // them, and then moves past the pause: only the whole word is searched.
    const typing = await browser.newPage();
    await typing.clock.install();
    await typing.goto(`${server.origin}/en/search/`);
    const fetched: string[] = [];
    await typing.route("**/search-index/en/documents/*", async (route) => {
      fetched.push(route.request().url());
      await route.continue();
    });
    await typing.locator("#search-query").pressSequentially("Geneva");
    await typing.clock.runFor(1000);
    await typing.waitForFunction(() => (document.querySelector(".search-status")?.textContent ?? "") !== "");
    expect(fetched).toEqual([`${server.origin}/search-index/en/documents/6.json`]);
    expect(await typing.locator(".search-status").getAttribute("role")).toBe("status");
    await typing.close();
  });

  it("searches what was typed while the index's manifest was still on its way", async () => {
    // A slow connection: the manifest arrives a second after the page, and the words are typed before.
    const slow = await browser.newPage();
    await slow.route("**/search-index/en/index.json", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await slow.goto(`${server.origin}/en/search/`);
    await slow.locator("#search-query").fill("Geneva");
    await slow.waitForFunction(() => (document.querySelector(".search-status")?.textContent ?? "") !== "");
    expect(await slow.locator(".search-status").textContent()).toBe("1 result");
    await slow.close();
  });

  it("says so when nothing matches", async () => {
    await page.goto(`${server.origin}/en/search/`);
    await page.locator("#search-query").fill("zzzzqqq");
    await page.waitForFunction(() => (document.querySelector(".search-status")?.textContent ?? "") !== "");
    expect(await page.locator(".search-status").textContent()).toBe("No report matches these words.");
  });
});
