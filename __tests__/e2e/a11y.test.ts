// axe-core in Chromium: no serious or critical accessibility violation on the reader's pages,
// in the light and the dark colour scheme.
import { sharedBrowser, seriousA11yViolations } from "./support/browser";
import { BASE_URL } from "./support/server";
import { articleUrl } from "./reader-helpers";

const browser = sharedBrowser();

// Each page with what shows it is ready (the view the URL asks for is applied in the browser).
const PAGES: [string, string, string][] = [
  ["the home page", `${BASE_URL}/kk`, "main h1"],
  ["an article", articleUrl("en"), "#p1 [data-term]"],
  ["an article with its Russian translation", articleUrl("kk", "?with=ru"), "#p1-ru"],
  ["an article in Latin script", articleUrl("ru", "?script=latn"), "#p1[lang=kk-Latn]"],
  ["the glossary list", `${BASE_URL}/en/glossary`, "main h1"],
  ["a glossary entry with its concordance, filters and page links", `${BASE_URL}/ru/glossary/supreme-court?per=10`, "#occurrences mark"],
  ["the own-text reader", `${BASE_URL}/ru/annotate`, "main h1"],
  ["the review page", `${BASE_URL}/kk/review`, "main h1"],
];

describe.each(["light", "dark"] as const)("in the %s colour scheme", (colorScheme) => {
  it.each(PAGES)("%s has no serious or critical violations", async (_name, url, ready) => {
    const context = await browser().newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator(ready).first().waitFor();
    await page.waitForLoadState("networkidle");
    const violations = await seriousA11yViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
    await context.close();
  });

  it("an open term card has no serious or critical violations", async () => {
    const context = await browser().newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(articleUrl("en"));
    await page.waitForLoadState("networkidle");
    await page.locator('[data-col="kk"] [data-term="jury-trial"]').click();
    await page.getByRole("dialog").waitFor();
    const violations = await seriousA11yViolations(page);
    expect(violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});
