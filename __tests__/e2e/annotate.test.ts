// The /annotate page in Chromium: pasted text comes back with its terms marked and their cards;
// a text over the limit gets a clear message; nothing of the text goes into the address (only
// its id in the reader's library: see library.test.ts).
import { MAX_PAGE_TEXT_CHARS } from "@/lib/annotate-request/limits";
import { sharedBrowser, seriousA11yViolations } from "./support/browser";
import { BASE_URL } from "./support/server";

const browser = sharedBrowser();

const TEXT = "Бүгін алқабилер сотының отырысы өтті.\nЖоғарғы Соттың төрағасы сөз сөйледі.";

describe("annotate page", () => {
  it("marks the terms of a pasted Kazakh text and shows a term's card on hover", async () => {
    const page = await browser().newPage();
    await page.goto(`${BASE_URL}/en/annotate`, { waitUntil: "networkidle" });
    await page.fill("#annotate-text", TEXT);
    await page.click('form button[type="submit"]');
    const term = page.locator('[data-annotated] [data-term="jury-trial"]');
    await term.waitFor();
    expect(await term.textContent()).toBe("алқабилер сотының");
    expect(await page.locator('[data-annotated] [data-term="chairperson-of-the-supreme-court"]').count()).toBe(1);
    // The address names the text's id in the reader's library at most, never the text.
    expect(page.url()).toMatch(new RegExp(`^${BASE_URL}/en/annotate(\\?text=[\\w-]+)?$`));
    await term.hover();
    const tooltip = page.locator('[role="tooltip"]');
    await tooltip.first().waitFor();
    expect(await tooltip.first().textContent()).toContain("суд присяжных");
    await page.close();
  });

  it("marks the terms of a Russian text when Russian is chosen", async () => {
    const page = await browser().newPage();
    await page.goto(`${BASE_URL}/ru/annotate`, { waitUntil: "networkidle" });
    await page.fill("#annotate-text", "Дело рассмотрел суд присяжных.");
    await page.check('input[name="lang"][value="ru"]');
    await page.click('form button[type="submit"]');
    await page.locator('[data-annotated] [data-term="jury-trial"]').waitFor();
    await page.close();
  });

  it("works without JavaScript, through a POST", async () => {
    const page = await browser().newPage({ javaScriptEnabled: false });
    await page.goto(`${BASE_URL}/kk/annotate`, { waitUntil: "networkidle" });
    await page.fill("#annotate-text", TEXT);
    await Promise.all([page.waitForLoadState("load"), page.click('form button[type="submit"]')]);
    await page.locator('[data-annotated] [data-term="jury-trial"]').waitFor();
    expect(page.url()).not.toContain("сот");
    await page.close();
  });

  it("refuses a text over the limit with a message naming the limit", async () => {
    const page = await browser().newPage();
    await page.goto(`${BASE_URL}/en/annotate`, { waitUntil: "networkidle" });
    await page.fill("#annotate-text", "сот ".repeat(Math.ceil(MAX_PAGE_TEXT_CHARS / 4) + 1));
    await page.click('form button[type="submit"]');
    const alert = page.locator('p[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain("50,000");
    await page.close();
  });

  it("has the server refuse a text over the limit too, when the browser does not check it", async () => {
    const page = await browser().newPage({ javaScriptEnabled: false });
    await page.goto(`${BASE_URL}/ru/annotate`, { waitUntil: "networkidle" });
    await page.fill("#annotate-text", "сот ".repeat(Math.ceil(MAX_PAGE_TEXT_CHARS / 4) + 1));
    await Promise.all([page.waitForLoadState("load"), page.click('form button[type="submit"]')]);
    const alert = page.locator('p[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/50\s000/);
    await page.close();
  });

  it("has no serious accessibility violations with a result shown", async () => {
    const page = await browser().newPage();
    await page.goto(`${BASE_URL}/kk/annotate`, { waitUntil: "networkidle" });
    await page.fill("#annotate-text", TEXT);
    await page.click('form button[type="submit"]');
    await page.locator("[data-annotated] [data-term]").first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });
});
