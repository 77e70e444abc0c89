/**
 * Photos on a phone in real Chromium: a report page at 375 px wide and DPR 2, scrolled to its end
 * so every lazy photo loads, downloads at most 150 KiB of images, in WebP, at the width the screen needs.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, NO_CHROMIUM, NO_CHROMIUM_REASON } from "../helpers/browser.ts";
import { sampleBuild } from "../helpers/sample-site.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

let server: StaticServer;
let browser: Browser;

/** Every image a page downloads, with its size in bytes, once scrolled to the end. */
async function imagesDownloaded(path: string): Promise<{ url: string; bytes: number }[]> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true });
  const page = await context.newPage();
  const images: Promise<{ url: string; bytes: number }>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "image") images.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, bytes: body.length })));
  });
  await page.goto(`${server.origin}${path}`, { waitUntil: "networkidle" });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(300);
  const downloaded = await Promise.all(images);
  await context.close();
  return downloaded;
}

describe.skipIf(NO_CHROMIUM)(`photos on a phone in Chromium (skipped when ${NO_CHROMIUM_REASON})`, () => {
  beforeAll(async () => {
    server = await serveStatic(sampleBuild());
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("a report with a lead photo and a photo in its text downloads at most 150 KiB of images, the 800-pixel WebPs", async () => {
    const images = await imagesDownloaded("/en/news/itu-secretary-general-baku/");
    const total = images.reduce((sum, image) => sum + image.bytes, 0);
    console.log(`phone, report page: ${images.length} images, ${(total / 1024).toFixed(1)} KiB: ${images.map((image) => `${image.url} ${(image.bytes / 1024).toFixed(1)} KiB`).join(", ")}`);
    expect(images.map((image) => image.url.replace(/[0-9a-f]{16}/, "HASH")).sort()).toEqual(["/media/HASH-800.webp", "/media/HASH-800.webp"]);
    expect(total).toBeLessThanOrEqual(150 * 1024);
  });
});
