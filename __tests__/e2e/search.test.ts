// The glossary page in Chromium: search by an inflected form, by Latin script, as typed on a
// Russian keyboard and misspelt, with and without JavaScript, each result saying why it matched
// in the interface language; and no serious accessibility violations.
import type { Page } from "playwright-core";
import { sharedBrowser, seriousA11yViolations } from "./support/browser";
import { BASE_URL } from "./support/server";

const browser = sharedBrowser();

const resultIds = (page: Page) =>
  page.$$eval('ol[aria-label] li a[href*="/glossary/"]', (links) => links.map((a) => a.getAttribute("href")?.split("/").pop()));

describe("glossary search", () => {
  it("finds the jury-trial entry from the inflected form алқабилер сотының, rendered on the server", async () => {
    const page = await browser().newPage({ javaScriptEnabled: false });
    await page.goto(`${BASE_URL}/kk/glossary?q=${encodeURIComponent("алқабилер сотының")}`, { waitUntil: "networkidle" });
    expect((await resultIds(page))[0]).toBe("jury-trial");
    await page.close();
  });

  it("works as a plain form without JavaScript", async () => {
    const page = await browser().newPage({ javaScriptEnabled: false });
    await page.goto(`${BASE_URL}/ru/glossary`, { waitUntil: "networkidle" });
    await page.fill("#glossary-q", "суда присяжных");
    await Promise.all([page.waitForURL(/q=/), page.click('form[role="search"] button[type="submit"]')]);
    expect((await resultIds(page))[0]).toBe("jury-trial");
    await page.close();
  });

  it("shows results as the reader types Latin-script Kazakh (alqabiler soty)", async () => {
    const page = await browser().newPage();
    await page.goto(`${BASE_URL}/en/glossary`, { waitUntil: "networkidle" });
    await page.locator("#glossary-q").pressSequentially("alqabiler soty", { delay: 20 });
    await page.waitForFunction(() => {
      const first = document.querySelector('ol[aria-label] li a[href*="/glossary/"]');
      return first?.getAttribute("href")?.endsWith("/glossary/jury-trial") ?? false;
    });
    const first = page.locator("ol[aria-label] li").first();
    expect(await first.textContent()).toContain("jury trial");
    expect(page.url()).toContain("q=alqabiler");
    await page.close();
  });

  it("says which form matched and why, in the interface language: сотының = сот + ы + ның", async () => {
    const page = await browser().newPage({ javaScriptEnabled: false });
    await page.goto(`${BASE_URL}/en/glossary?q=${encodeURIComponent("сотының")}`, { waitUntil: "networkidle" });
    const first = page.locator("ol[aria-label] li").first();
    expect(await first.getAttribute("data-kind")).toBe("inflected");
    expect(await first.locator("[data-grammar]").textContent()).toBe("сотының = сот + ы (3rd-person possessive) + ның (genitive)");
    await page.goto(`${BASE_URL}/ru/glossary?q=${encodeURIComponent("сотының")}`, { waitUntil: "networkidle" });
    expect(await page.locator("ol[aria-label] li").first().locator("[data-grammar]").textContent()).toContain("(родительный падеж)");
    await page.close();
  });

  it("as the reader types Kazakh on a Russian keyboard, the intended term comes first and the result says how it was read", async () => {
    const page = await browser().newPage();
    await page.goto(`${BASE_URL}/en/glossary`, { waitUntil: "networkidle" });
    await page.locator("#glossary-q").pressSequentially("алкабилер соты", { delay: 20 });
    await page.waitForFunction(() => document.querySelector('ol[aria-label] li a[href*="/glossary/"]')?.getAttribute("href")?.endsWith("/glossary/jury-trial") ?? false);
    const why = await page.locator("ol[aria-label] li").first().locator("[data-why]").textContent();
    expect(why).toContain("«алкабилер соты» → алқабилер соты");
    expect(why).toContain("typed on a Russian keyboard");
    await page.close();
  });

  it("corrects a typo inside an inflected form: медиацясы finds медиация, read as медиация + сы", async () => {
    const page = await browser().newPage();
    await page.goto(`${BASE_URL}/kk/glossary`, { waitUntil: "networkidle" });
    await page.locator("#glossary-q").pressSequentially("медиацясы", { delay: 20 });
    await page.waitForFunction(() => document.querySelector('ol[aria-label] li a[href*="/glossary/"]')?.getAttribute("href")?.endsWith("/glossary/mediation") ?? false);
    const first = page.locator("ol[aria-label] li").first();
    expect(await first.getAttribute("data-kind")).toBe("near");
    const why = await first.locator("[data-why]").textContent();
    expect(why).toContain("1 қате түзетілді");
    expect(why).toContain("медиациясы = медиация + сы");
    await page.close();
  });

  it("lists the whole glossary in Kazakh alphabetical order when nothing is searched, 50 to a page", async () => {
    const page = await browser().newPage();
    const termsOn = async (n: number) => {
      await page.goto(`${BASE_URL}/en/glossary${n > 1 ? `?page=${n}` : ""}`, { waitUntil: "networkidle" });
      return page.$$eval('ol[aria-label] li a[lang="kk"]', (links) => links.map((a) => a.textContent ?? ""));
    };
    const terms = [...(await termsOn(1)), ...(await termsOn(2))];
    expect(terms).toHaveLength(100);
    const collator = new Intl.Collator("kk", { sensitivity: "base" });
    expect(terms).toEqual([...terms].sort(collator.compare));
    await page.close();
  });

  it("links the TBX, CSV and JSON exports", async () => {
    const page = await browser().newPage();
    await page.goto(`${BASE_URL}/kk/glossary`, { waitUntil: "networkidle" });
    const hrefs = await page.$$eval('a[href^="/exports/"]', (links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(["/exports/glossary.tbx", "/exports/glossary.csv", "/exports/glossary.json"]);
    await page.close();
  });

  it.each(["kk", "en"])("has no serious accessibility violations (%s, with results)", async (locale) => {
    const page = await browser().newPage();
    await page.goto(`${BASE_URL}/${locale}/glossary?q=${encodeURIComponent("сот")}`, { waitUntil: "networkidle" });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });
});
