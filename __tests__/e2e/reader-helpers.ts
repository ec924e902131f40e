// Shared by the reader's browser tests: the article they open and a fresh page per test.
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { BASE_URL } from "./support/server";

export const ARTICLE = "supreme-court-international-partners";
/** The paragraph of ARTICLE where «алқабилер соты» (jury trial) occurs. */
export const JURY_PARAGRAPH = 4;

export const articleUrl = (locale: string, query = "", slug = ARTICLE) => `${BASE_URL}/${locale}/articles/${slug}${query}`;

export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(url);
  // The marks are in the server's HTML; the page is usable once React has hydrated and read the
  // URL (terms then answer to pointer and keys): the text says so with data-synced.
  await page.waitForFunction(() => document.querySelector("[data-synced] [data-col=kk] [data-term]") !== null);
  await page.waitForLoadState("networkidle");
  return page;
}

export const kkTerm = (page: Page, termId: string) => page.locator(`[data-col="kk"] [data-term="${termId}"]`).first();

/**
 * What on the page does not fit a narrow screen: the page itself scrolling sideways, or a
 * control whose text is cut off. (A control visually hidden on purpose, 1 px wide — a file input
 * under its label — is not clipped text.)
 */
export function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const wide = root.scrollWidth > root.clientWidth ? [`page ${root.scrollWidth} px wide`] : [];
    const clipped = [...document.querySelectorAll("button, a, label, select, input")]
      .filter((el) => el.clientWidth > 1 && getComputedStyle(el).overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `«${(el.textContent ?? "").trim().slice(0, 30)}» clipped`);
    return [...wide, ...clipped];
  });
}
