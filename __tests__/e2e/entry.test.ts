// A glossary entry in Chromium: all three languages, its concordance (kk | ru | en triples), a
// triple's language that leads to the highlighted occurrence in the article, and no serious
// accessibility violations. Paging and filtering the concordance: concordance.test.ts.
import { sharedBrowser, seriousA11yViolations } from "./support/browser";
import { BASE_URL } from "./support/server";

const browser = sharedBrowser();

describe("glossary entry page", () => {
  it("shows the entry in Kazakh, Russian and English with its occurrences", async () => {
    const page = await browser().newPage();
    await page.goto(`${BASE_URL}/en/glossary/jury-trial`, { waitUntil: "networkidle" });
    expect(await page.textContent("h1")).toBe("алқабилер соты");
    const body = (await page.textContent("main")) ?? "";
    expect(body).toContain("суд присяжных");
    expect(body).toContain("jury trial");
    const triple = page.locator("#occurrences li").first();
    expect(await triple.locator('[data-lang="kk"] mark').first().textContent()).toMatch(/^алқабилер сот/i);
    expect(await triple.locator('[data-lang="ru"] mark').first().textContent()).toMatch(/^суд\S* присяжных$/i);
    expect(await triple.locator('[data-lang="en"] mark').first().textContent()).toMatch(/^jury trial/i);
    await page.close();
  });

  it("leads from a triple's Kazakh sentence to that paragraph with the term highlighted", async () => {
    const page = await browser().newPage();
    await page.goto(`${BASE_URL}/en/glossary/jury-trial#occurrences`, { waitUntil: "networkidle" });
    const link = page.locator('#occurrences a[href*="?hl=jury-trial#p"]').first();
    const href = (await link.getAttribute("href")) ?? "";
    const paragraph = href.split("#")[1];
    await Promise.all([page.waitForURL(/\/articles\//), link.click()]);
    expect(page.url()).toContain(`?hl=jury-trial#${paragraph}`);
    const marked = page.locator(`[id="${paragraph}"] [data-term="jury-trial"][data-highlighted]`);
    await marked.first().waitFor();
    expect(await marked.count()).toBeGreaterThan(0);
    await page.close();
  });

  it("leads from a triple's Russian sentence to the paragraph with the Russian translation shown", async () => {
    const page = await browser().newPage();
    await page.goto(`${BASE_URL}/ru/glossary/jury-trial`, { waitUntil: "networkidle" });
    const link = page.locator('#occurrences a[href*="?with=ru&hl=jury-trial#p"]').first();
    const paragraph = ((await link.getAttribute("href")) ?? "").split("#")[1];
    await Promise.all([page.waitForURL(/\/articles\//), link.click()]);
    const marked = page.locator(`[id="${paragraph}"] [data-term="jury-trial"][data-highlighted]`);
    await marked.first().waitFor();
    expect(await marked.count()).toBeGreaterThan(0);
    await page.close();
  });

  it("answers 404 for an unknown entry", async () => {
    const response = await fetch(`${BASE_URL}/en/glossary/no-such-entry`);
    expect(response.status).toBe(404);
  });

  it.each(["kk", "ru"])("has no serious accessibility violations (%s)", async (locale) => {
    const page = await browser().newPage();
    await page.goto(`${BASE_URL}/${locale}/glossary/supreme-court`, { waitUntil: "networkidle" });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });
});
