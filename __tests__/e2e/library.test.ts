// One's own texts in Chromium, read like the articles and kept in the browser: a pasted Kazakh
// text comes back with its marks, cards (with the grammar line), term list stepping and Latin
// view; it is in the library after a reload, can be renamed, opened from a .txt file, and
// deleted; a Russian text is recognised and marked as Russian; no serious accessibility issue in
// light or dark, and no sideways scroll on a 360 px phone.
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { sharedBrowser, seriousA11yViolations } from "./support/browser";
import { BASE_URL } from "./support/server";
import { sidewaysOverflow } from "./reader-helpers";

jest.setTimeout(120_000);
const browser = sharedBrowser();

const TITLE = "Алқабилер соты туралы";
const KAZAKH = `${TITLE}\n\nБүгін алқабилер сотының отырысы өтті.\nАлқабилер соты үкім шығарды.\n\nЖоғарғы Соттың төрағасы сөз сөйледі.`;
const RUSSIAN = "Вчера суд присяжных рассмотрел это дело, и его решение было оглашено в зале суда.";

async function openAnnotate(b: Browser, locale = "en", options: BrowserContextOptions = {}): Promise<Page> {
  const context = await b.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/${locale}/annotate`);
  // The library is drawn once the page has hydrated and read the browser's storage.
  await page.locator("#library-title").waitFor();
  await page.waitForLoadState("networkidle");
  return page;
}

async function mark(page: Page, text: string) {
  await page.fill("#annotate-text", text);
  // The form's submit button, in any interface language.
  await page.locator('form button[type="submit"]').click();
  await page.locator('[data-source-kind="text"] [data-term]').first().waitFor();
}

/** The library's section, in any interface language. */
const library = (page: Page) => page.locator('section[aria-labelledby="library-title"]');

describe("your own texts", () => {
  it("reads a pasted Kazakh text like an article: marks, a card with its grammar, stepping, Latin", async () => {
    const page = await openAnnotate(browser());
    await page.fill("#annotate-text", KAZAKH);
    await expect(page.getByRole("radio", { name: "Kazakh" }).isChecked()).resolves.toBe(true);
    await page.getByRole("button", { name: "Mark the terms" }).click();
    const marks = page.locator('[data-source-kind="text"] [data-col="kk"] [data-term="jury-trial"]');
    await marks.first().waitFor();
    // The title (paragraph 1) and the two sentences of paragraph 2.
    await expect(marks.count()).resolves.toBe(3);
    await expect(page.locator("#p2").getAttribute("data-paragraph")).resolves.toBe("2");
    await expect(page.getByRole("heading", { level: 2, name: TITLE }).isVisible()).resolves.toBe(true);

    // The inflected one, in paragraph 2.
    await page.locator('#p2 [data-term="jury-trial"]').first().click();
    const card = page.getByRole("dialog");
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain("суд присяжных");
    await expect(card.locator("[data-grammar]").textContent()).resolves.toMatch(/сотының = .+ \+ .+\(genitive\)/);
    await page.keyboard.press("Escape");
    await card.waitFor({ state: "detached" });

    await page.locator("#term-list-title").click();
    await page.locator('[data-term-choice="jury-trial"]').click();
    const current = () => page.evaluate(() => {
      const all = [...document.querySelectorAll('[data-col="kk"] [data-term="jury-trial"]')];
      const flagged = document.querySelector("[data-current-occurrence]");
      return { at: flagged ? all.indexOf(flagged) : -1, focused: document.activeElement === flagged };
    });
    // A step lands in the next frame: wait until focus has left the button for the mark.
    const stepped = () => page.waitForFunction(() => document.activeElement?.hasAttribute("data-current-occurrence"));
    await stepped();
    await expect(current()).resolves.toEqual({ at: 0, focused: true });
    await page.getByRole("button", { name: /^Next occurrence of/ }).click();
    await stepped();
    await expect(current()).resolves.toEqual({ at: 1, focused: true });

    await page.getByRole("button", { name: "Latin (2021)" }).click();
    await page.locator("#p2[lang=kk-Latn]").waitFor();
    await expect(page.locator("#p2").textContent()).resolves.toContain("alqabiler sotynyñ");
    await expect(page.getByRole("heading", { level: 2, name: "Alqabiler soty turaly" }).isVisible()).resolves.toBe(true);
    await expect(marks.count()).resolves.toBe(3);
    await page.context().close();
  });

  it("keeps the text across a reload, renames it, opens a .txt file, marks Russian as Russian and deletes", async () => {
    const page = await openAnnotate(browser());
    await mark(page, KAZAKH);
    await page.getByText("Saved to your texts.").waitFor();
    expect(page.url()).toMatch(/\/en\/annotate\?text=[\w-]+$/);
    expect(page.url()).not.toContain(encodeURIComponent("сот"));

    await page.reload();
    await page.locator('[data-source-kind="text"] [data-term="jury-trial"]').first().waitFor();
    await expect(page.inputValue("#annotate-text")).resolves.toBe(KAZAKH);
    const item = library(page).getByRole("listitem").filter({ hasText: TITLE });
    await expect(item.count()).resolves.toBe(1);

    await item.getByRole("button", { name: `Rename «${TITLE}»` }).click();
    const field = library(page).getByLabel(`New title for «${TITLE}»`);
    await field.fill("");
    await library(page).getByRole("button", { name: "Save the title" }).click();
    await library(page).getByRole("alert").filter({ hasText: "cannot be empty" }).waitFor();
    await field.fill("Сот отырысы");
    await library(page).getByRole("button", { name: "Save the title" }).click();
    await library(page).getByText("Renamed to «Сот отырысы».").waitFor();
    await page.getByRole("heading", { level: 2, name: "Сот отырысы" }).waitFor();

    await page.setInputFiles("#annotate-file", { name: "іс.txt", mimeType: "text/plain", buffer: Buffer.from(RUSSIAN, "utf8") });
    await page.getByText("Opened «іс.txt».").waitFor();
    await expect(page.inputValue("#annotate-text")).resolves.toBe(RUSSIAN);
    await page.getByText("Detected: Russian").waitFor();
    await expect(page.getByRole("radio", { name: "Russian" }).isChecked()).resolves.toBe(true);
    await page.getByRole("button", { name: "Mark the terms" }).click();
    const ru = page.locator('[data-source-kind="text"] p[data-col="ru"][lang="ru"] [data-term="jury-trial"]');
    await ru.waitFor();
    await expect(ru.textContent()).resolves.toBe("суд присяжных");
    await expect(library(page).getByRole("listitem").count()).resolves.toBe(2);

    await page.setInputFiles("#annotate-file", { name: "закон.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7") });
    await page.getByRole("alert").filter({ hasText: "«закон.pdf» was not opened" }).waitFor();

    const renamed = library(page).getByRole("listitem").filter({ hasText: "Сот отырысы" });
    await renamed.getByRole("button", { name: "Delete «Сот отырысы»" }).click();
    await library(page).getByRole("button", { name: "Yes, delete it" }).click();
    await library(page).getByText("«Сот отырысы» was deleted.").waitFor();
    await expect(library(page).getByRole("listitem").count()).resolves.toBe(1);
    await page.reload();
    await library(page).getByRole("listitem").first().waitFor();
    await expect(library(page).getByRole("listitem").filter({ hasText: "Сот отырысы" }).count()).resolves.toBe(0);
    await page.context().close();
  });

  describe.each(["light", "dark"] as const)("in the %s colour scheme", (colorScheme) => {
    it("has no serious or critical accessibility violations with a text and the library shown", async () => {
      const page = await openAnnotate(browser(), "kk", { colorScheme });
      await mark(page, KAZAKH);
      await library(page).getByRole("listitem").first().waitFor();
      const violations = await seriousA11yViolations(page);
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
      await page.context().close();
    });
  });

  it.each(["kk", "ru", "en"])("does not scroll sideways at 360 px with a text and the library shown (%s)", async (locale) => {
    const page = await openAnnotate(browser(), locale, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await mark(page, `${KAZAKH}\n\nhttps://example.org/a/very/long/address/that/does/not/break/anywhere/at/all/${"x".repeat(60)}`);
    await library(page).getByRole("listitem").first().waitFor();
    await expect(sidewaysOverflow(page)).resolves.toEqual([]);
    await page.context().close();
  });
});
