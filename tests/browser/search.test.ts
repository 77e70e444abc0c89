/**
 * The search pages, for real: the sample site is built, served on localhost and searched in
 * headless Chromium, with words typed the way readers type them.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, NO_CHROMIUM, NO_CHROMIUM_REASON } from "../helpers/browser.ts";
import { sampleBuild } from "../helpers/sample-site.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

let server: StaticServer;
let browser: Browser;

describe.skipIf(NO_CHROMIUM)(`search in Chromium (skipped when ${NO_CHROMIUM_REASON})`, () => {
  beforeAll(async () => {
    server = await serveStatic(sampleBuild());
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function search(path: string): Promise<{ status: string; titles: string[]; page: Page }> {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${path}`);
    await page.waitForFunction(() => (document.querySelector(".search-status")?.textContent ?? "") !== "");
    const status = (await page.locator(".search-status").textContent()) ?? "";
    const titles = await page.locator(".search-results .report-list__title a").allTextContents();
    return { status, titles, page };
  }

  it("finds the Tajikistan report by a word typed with an Arabic kaf and yeh", async () => {
    const { titles, page } = await search(`/fa/search/?q=${encodeURIComponent("تاجيكستان")}`);
    expect(titles).toContain("پیشنهاد تاجیکستان برای تولید مشترک فیبر نوری در دیدار با وزیر ارتباطات");
    await page.close();
  });

  it("finds reports by a Jalali year typed in ASCII digits", async () => {
    const { status, titles, page } = await search("/fa/search/?q=1404");
    expect(status).toBe("۵ نتیجه");
    expect(titles).toContain("کنفرانس جهانی توسعه ارتباطات راه دور ۲۰۲۵ در باکو آغاز به کار کرد");
    await page.close();
  });

  it("searches only English reports from the English page, and links them under /en/", async () => {
    const { status, titles, page } = await search("/en/search/?q=Geneva");
    expect(titles).toEqual(["Vaezi meets ITU Secretary-General Houlin Zhao in Geneva"]);
    // One result, in the singular (Intl.PluralRules), never "1 results".
    expect(status).toBe("1 result");
    const hrefs = await page.locator(".search-results .report-list__title a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs).toEqual(["/en/news/vaezi-meets-itu-secretary-general-geneva/"]);
    await page.close();
  });

  it("finds the same reports for a compound written with a ZWNJ, without it, and with a space", async () => {
    const found: string[][] = [];
    for (const query of ["همکاری\u200cهای", "همکاریهای", "همکاری های"]) {
      const { titles, page } = await search(`/fa/search/?q=${encodeURIComponent(query)}`);
      found.push(titles);
      await page.close();
    }
    expect(found[0]).toHaveLength(8);
    expect(found[1]).toEqual(found[0]);
    // With a space these are two words, each weighed on its own: the same reports, ranked a little differently.
    expect([...(found[2] ?? [])].sort()).toEqual([...(found[0] ?? [])].sort());
  });

  it("finds a word by its first letters and shows both dates of each result", async () => {
    const { titles, page } = await search(`/fa/search/?q=${encodeURIComponent("تاجیکس")}`);
    expect(titles).toEqual(["پیشنهاد تاجیکستان برای تولید مشترک فیبر نوری در دیدار با وزیر ارتباطات", "رایزنی وزیران ارتباطات ایران و پاکستان در باکو درباره کریدورهای امن ارتباطی"]);
    expect(await page.locator(".search-results li:first-child .dates time").allTextContents()).toEqual(["دوشنبه ۳ آذر ۱۴۰۴", "۲۴ نوامبر ۲۰۲۵"]);
    await page.close();
  });

  it("searches as the reader types, and says so when nothing matches", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/en/search/`);
    await page.locator("#search-query").fill("zzzzqqq");
    await page.waitForFunction(() => (document.querySelector(".search-status")?.textContent ?? "") !== "");
    expect(await page.locator(".search-status").textContent()).toBe("No report matches these words.");
    await page.close();
  });
});
