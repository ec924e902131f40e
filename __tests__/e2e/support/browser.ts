import { readFileSync } from "node:fs";
// Launches Debian's Chromium through playwright-core (no browser download) and runs axe-core.
import { chromium, type Browser, type Page } from "playwright-core";
import type { AxeResults } from "axe-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * One Chromium for a test file: launched before its tests and closed after them. Call it at the
 * top of the file and use the returned function inside the tests.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("The browser is used before beforeAll launched it.");
    return browser;
  };
}

/** Runs axe-core in the page and returns the violations of serious or critical impact. */
export async function seriousA11yViolations(page: Page): Promise<AxeResults["violations"]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
  // govern: a <script> tag added by the test would be (rightly) blocked as an unknown inline script.
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<AxeResults> } }).axe;
    return axe.run(document);
  });
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
