/**
 * Debian's Chromium driven by playwright-core, for browser tests. No browser is ever downloaded:
 * without /usr/bin/chromium the browser tests are skipped, visibly, with this reason.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const NO_CHROMIUM = !existsSync(CHROMIUM_PATH);
export const NO_CHROMIUM_REASON = `no Chromium at ${CHROMIUM_PATH} (install Debian's chromium package; .ci/run does)`;

/**
 * Starts headless Chromium with the flags this machine's closed network needs.
 * @example const browser = await launchChromium();
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
