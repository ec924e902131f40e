// An entry's concordance in Chromium, mostly with JavaScript off, as a translator uses it: each
// occurrence as a kk | ru | en triple with the term marked in each language, one page at a time
// through the page links, filtered by article and by Kazakh form through the GET form and the
// form counts, and a clear answer to a page or filter that matches nothing.
import type { Page } from "playwright-core";
import { buildAlignedConcordance, countForms } from "@/lib/concordance/aligned";
import { LANGS } from "@/lib/glossary/schema";
import { realContent } from "../lib/concordance/content";
import { sharedBrowser } from "./support/browser";
import { BASE_URL } from "./support/server";

const browser = sharedBrowser();

// The entry with the most occurrences in the articles, and what its concordance holds, worked
// out from the content as the server does.
const ENTRY = "supreme-court";
const { articles, findSpans } = realContent({ inner: true });
const triples = buildAlignedConcordance(articles, findSpans).get(ENTRY) ?? [];
const second = articles[1]!;
const inSecond = triples.filter((t) => t.slug === second.slug);
const [topForm] = countForms(inSecond);

const total = triples.length;
/** What a page of `per` shows: its last position, and the number of pages. */
const lastOn = (page: number, per: number) => Math.min(page * per, total);
const pagesOf = (per: number) => Math.ceil(total / per);

const url = `${BASE_URL}/en/glossary/${ENTRY}`;
const items = (page: Page) => page.locator("#occurrences ol > li");
const status = async (page: Page) => (await page.locator("#occurrences p", { hasText: /^Occurrences / }).textContent())?.trim();
const formsLine = async (page: Page) => (await page.locator("#occurrences p", { hasText: /^Forms in the Kazakh text:/ }).textContent())?.trim();

async function noScriptPage(path = ""): Promise<Page> {
  const page = await browser().newPage({ javaScriptEnabled: false });
  await page.goto(`${url}${path}`);
  return page;
}

async function submitFilters(page: Page, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) await page.selectOption(`#occurrences select[name="${name}"]`, value);
  await Promise.all([page.waitForURL(/\?/), page.click('#occurrences form button[type="submit"]')]);
}

describe("an entry's concordance", () => {
  beforeAll(() => {
    // More occurrences than a page of 10 holds, in more than one article: the paging and the filters have work to do.
    expect(total).toBeGreaterThan(10);
    expect(inSecond.length).toBeGreaterThan(0);
    expect(inSecond.length).toBeLessThan(total);
  });

  it("shows every occurrence as a Kazakh sentence beside the same paragraph's Russian and English, the term marked in each", async () => {
    const page = await noScriptPage();
    const shown = lastOn(1, 20);
    expect(await status(page)).toBe(`Occurrences 1–${shown} of ${total}`);
    expect(await items(page).count()).toBe(shown);
    for (let i = 0; i < shown; i++) {
      const item = items(page).nth(i);
      for (const lang of LANGS) {
        const marks = await item.locator(`[data-lang="${lang}"] p[lang="${lang}"] mark`).allTextContents();
        expect([i, lang, marks]).toEqual([i, lang, triples[i]![lang]?.runs.filter((r) => r.marked).map((r) => r.text)]);
        expect(marks.length).toBeGreaterThan(0);
      }
      // Each language leads to its paragraph of the article: the Kazakh with the term highlighted,
      // a translation shown beside it.
      const { slug, paragraph } = triples[i]!;
      expect(await item.locator('[data-lang="kk"] a').getAttribute("href")).toBe(`/en/articles/${slug}?hl=${ENTRY}#p${paragraph}`);
      expect(await item.locator('[data-lang="ru"] a').getAttribute("href")).toBe(`/en/articles/${slug}?with=ru&hl=${ENTRY}#p${paragraph}-ru`);
    }
    expect(await page.locator('#occurrences nav a[rel="next"]').count()).toBe(total > 20 ? 1 : 0);
    await page.close();
  });

  it("goes through the occurrences page by page with the page links", async () => {
    const page = await noScriptPage();
    await submitFilters(page, { per: "10" });
    expect(await status(page)).toBe(`Occurrences 1–10 of ${total}`);
    expect(await items(page).count()).toBe(10);
    const nav = page.getByRole("navigation", { name: "Pages of occurrences" });
    expect(await nav.getByRole("link", { name: "Page 1" }).getAttribute("aria-current")).toBe("page");

    await Promise.all([page.waitForURL(/page=2/), nav.getByRole("link", { name: "Next" }).click()]);
    expect(await status(page)).toBe(`Occurrences 11–${lastOn(2, 10)} of ${total}`);
    expect(await items(page).count()).toBe(lastOn(2, 10) - 10);
    expect(await page.locator("#occurrences ol").first().getAttribute("start")).toBe("11");
    const firstMark = await items(page).first().locator('[data-lang="kk"] mark').textContent();
    expect(firstMark).toBe(triples[10]!.form);
    expect(await nav.getByRole("link", { name: "Previous" }).count()).toBe(1);
    expect(await nav.getByRole("link", { name: "Next" }).count()).toBe(pagesOf(10) > 2 ? 1 : 0);

    await Promise.all([page.waitForURL((u) => !u.search.includes("page=")), nav.getByRole("link", { name: "Page 1" }).click()]);
    expect(await status(page)).toBe(`Occurrences 1–10 of ${total}`);
    await page.close();
  });

  it("filters by article and by Kazakh form, the counts and the total following", async () => {
    const page = await noScriptPage();
    const allForms = await formsLine(page);
    const option = page.locator(`#occurrences select[name="article"] option[value="${second.slug}"]`);
    expect(await option.textContent()).toBe(`${second.en?.meta.title} (${inSecond.length})`);

    await submitFilters(page, { article: second.slug });
    expect(page.url()).toContain(`article=${second.slug}`);
    expect(await status(page)).toBe(`Occurrences 1–${inSecond.length} of the ${inSecond.length} that match (${total} in all)`);
    expect(await items(page).count()).toBe(inSecond.length);
    const forms = await formsLine(page);
    expect(forms).not.toBe(allForms);
    expect(forms).toBe(`Forms in the Kazakh text: ${countForms(inSecond).map((f) => `${f.form} ×${f.count}`).join(", ")}`);

    // A form's count is a link that filters by it, keeping the article.
    await Promise.all([page.waitForURL(/form=/), page.getByRole("link", { name: `${topForm!.form} ×${topForm!.count}` }).click()]);
    expect(page.url()).toContain(`article=${second.slug}`);
    expect(await status(page)).toBe(`Occurrences 1–${topForm!.count} of the ${topForm!.count} that match (${total} in all)`);
    const forms2 = await items(page).locator('[data-lang="kk"] mark').allTextContents();
    expect(forms2.map((f) => f.toLowerCase())).toEqual(Array(topForm!.count).fill(topForm!.form));
    expect(await page.locator('#occurrences select[name="form"]').inputValue()).toBe(topForm!.form);

    await Promise.all([page.waitForURL((u) => u.search === ""), page.getByRole("link", { name: "Clear the filters" }).click()]);
    expect(await status(page)).toBe(`Occurrences 1–${lastOn(1, 20)} of ${total}`);
    await page.close();
  });

  it("with JavaScript too, a followed form link shows its filter chosen in the form", async () => {
    const page = await browser().newPage();
    await page.goto(`${url}?article=${second.slug}`, { waitUntil: "networkidle" });
    await Promise.all([page.waitForURL(/form=/), page.getByRole("link", { name: `${topForm!.form} ×${topForm!.count}` }).click()]);
    await page.waitForLoadState("networkidle");
    expect(await status(page)).toBe(`Occurrences 1–${topForm!.count} of the ${topForm!.count} that match (${total} in all)`);
    expect(await page.locator('#occurrences select[name="form"]').inputValue()).toBe(topForm!.form);
    expect(await page.locator('#occurrences select[name="article"]').inputValue()).toBe(second.slug);
    await page.close();
  });

  it("answers a page past the end with the last page, and a filter matching nothing with a message", async () => {
    const last = pagesOf(10);
    const past = await noScriptPage("?per=10&page=99");
    expect(await status(past)).toBe(`Occurrences ${(last - 1) * 10 + 1}–${total} of ${total}`);
    expect(await past.locator("#occurrences").textContent()).toContain(`There is no page “99”: this is page ${last} of ${last}.`);
    await past.close();

    const notANumber = await noScriptPage("?page=abc");
    expect(await notANumber.locator("#occurrences").textContent()).toContain(`There is no page “abc”: this is page 1 of ${pagesOf(20)}.`);
    expect(await items(notANumber).count()).toBe(lastOn(1, 20));
    await notANumber.close();

    for (const query of ["?article=no-such-article", `?form=${encodeURIComponent("сот".repeat(300))}`]) {
      const response = await fetch(`${url}${query}`);
      expect([query.slice(0, 20), response.status]).toEqual([query.slice(0, 20), 200]);
      const page = await noScriptPage(query);
      expect(await page.locator("#occurrences").textContent()).toContain("No occurrences match these filters.");
      expect(await items(page).count()).toBe(0);
      expect(await page.getByRole("link", { name: "Clear the filters" }).count()).toBeGreaterThan(0);
      await page.close();
    }
  });

  it("stacks the three languages on a 320 px phone without scrolling sideways", async () => {
    const context = await browser().newContext({ viewport: { width: 320, height: 700 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    const [kk, ru] = await Promise.all(["kk", "ru"].map((lang) => items(page).first().locator(`[data-lang="${lang}"]`).boundingBox()));
    expect(ru!.y).toBeGreaterThan(kk!.y + kk!.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});
