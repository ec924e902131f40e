// The long lists a corpus makes, in Chromium with JavaScript off as the plain GET forms and links
// serve them: the glossary a page of 50 at a time (the page stays small with a thousand
// entries), and the home page's articles searched by title and filtered by source, year and
// domain, with a clear answer when nothing matches or a page does not exist.
import type { Page } from "playwright-core";
import { sharedBrowser } from "./support/browser";
import { BASE_URL } from "./support/server";

const browser = sharedBrowser();

async function noScriptPage(path: string): Promise<Page> {
  const page = await browser().newPage({ javaScriptEnabled: false });
  await page.goto(`${BASE_URL}${path}`);
  return page;
}

const articleLinks = (page: Page) => page.locator('main ul a[href*="/articles/"]');

describe("the glossary, a page at a time", () => {
  it("sends 50 terms with page links, not the whole glossary, in a page under 400 KB", async () => {
    const html = await (await fetch(`${BASE_URL}/en/glossary`)).text();
    expect(Buffer.byteLength(html)).toBeLessThan(400 * 1024);
    const page = await noScriptPage("/en/glossary");
    const firstOnPage1 = await page.locator("main li a").first().getAttribute("href");
    const pager = page.getByRole("navigation", { name: "Pages of the glossary" });
    await expect(pager.getByRole("link", { name: "Page 1" }).getAttribute("aria-current")).resolves.toBe("page");
    await pager.getByRole("link", { name: "Next" }).click();
    await page.waitForURL(/page=2/);
    await expect(page.getByRole("status").textContent()).resolves.toMatch(/Terms 51–100/);
    expect(await page.locator("main li a").first().getAttribute("href")).not.toBe(firstOnPage1);
    await page.close();
  });

  it("keeps the query in the page links and says when a page does not exist", async () => {
    const page = await noScriptPage("/ru/glossary?q=%D1%81%D0%BE%D1%82&page=9999");
    await expect(page.getByText(/Страницы «9999» нет: показана страница \d+ из \d+\./).count()).resolves.toBe(1);
    const links = await page.getByRole("navigation", { name: "Страницы глоссария" }).getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links.length).toBeGreaterThan(1);
    for (const href of links) expect(href).toMatch(/^\?q=%D1%81%D0%BE%D1%82(&page=\d+)?$/);
    await page.close();
  });
});

describe("the home page's articles", () => {
  it("finds an article by its title, in Latin letters too", async () => {
    for (const [path, slug] of [
      ["/kk?q=%D0%91%D0%B5%D0%B9%D0%B6%D1%96%D2%A3", "supreme-court-chair-beijing"],
      ["/en?q=partners", "supreme-court-international-partners"],
      ["/en?q=Beijin", "supreme-court-chair-beijing"],
    ] as const) {
      const page = await noScriptPage(path);
      const hrefs = await articleLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect([path, hrefs]).toEqual([path, [expect.stringContaining(slug)]]);
      await page.close();
    }
  });

  it("filters by source through the form, and offers to clear a filter that matches nothing", async () => {
    const page = await noScriptPage("/ru");
    await expect(articleLinks(page).count()).resolves.toBe(2);
    await page.selectOption('select[name="source"]', "Казинформ");
    await page.getByRole("button", { name: "Показать" }).click();
    await page.waitForURL(/source=/);
    await expect(articleLinks(page).count()).resolves.toBe(1);
    await expect(page.getByRole("status").first().textContent()).resolves.toBe("Подходит 1 статья из 2");
    await page.goto(`${BASE_URL}/ru?year=1990`);
    await expect(page.getByRole("status").first().textContent()).resolves.toBe("Ни одна статья не подходит под эти фильтры.");
    await page.getByRole("link", { name: "Сбросить фильтры" }).click();
    await page.waitForURL(/\/ru$/);
    await expect(articleLinks(page).count()).resolves.toBe(2);
    await page.close();
  });

  it("filters by the domain of the terms an article holds", async () => {
    const page = await noScriptPage("/en?domain=courts");
    await expect(articleLinks(page).count()).resolves.toBe(2);
    const options = await page.locator('select[name="domain"] option').allTextContents();
    expect(options[0]).toBe("All domains");
    expect(options).toContainEqual(expect.stringMatching(/^Courts \(2\)$/));
    // A domain no article has (or none at all) stays chosen as asked, counted 0.
    await page.goto(`${BASE_URL}/en?domain=astrology`);
    await expect(page.locator('select[name="domain"] option:checked').textContent()).resolves.toBe("astrology (0)");
    await page.close();
  });
});
