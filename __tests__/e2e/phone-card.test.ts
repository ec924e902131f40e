// The pinned card on a phone: a bottom sheet that always lies inside the screen, scrolls inside
// itself when long, shows the term, the grammar of the form and the equivalents without
// scrolling, and leaves the tapped term in view above it — for terms at the top, in the middle
// and at the foot of an article, on a Pixel 7, an iPhone SE and a 360 px screen.
import type { Page } from "playwright-core";
import { sharedBrowser } from "./support/browser";
import { articleUrl, openPage } from "./reader-helpers";

jest.setTimeout(120_000);
const browser = sharedBrowser();

const PHONES = [
  { name: "Pixel 7", viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625 },
  { name: "iPhone SE", viewport: { width: 375, height: 667 }, deviceScaleFactor: 2 },
  { name: "a 360 px phone", viewport: { width: 360, height: 640 }, deviceScaleFactor: 3 },
];

interface Box { top: number; bottom: number; left: number; right: number }
const inside = (box: Box, width: number, height: number) => box.top >= 0 && box.left >= 0 && box.right <= width + 0.5 && box.bottom <= height + 0.5;

/** The n-th of the article's Kazakh marks, by position: first, middle, last. */
async function tapMark(page: Page, which: "first" | "middle" | "last") {
  const marks = page.locator('[data-col="kk"] [data-term]');
  const count = await marks.count();
  const mark = marks.nth(which === "first" ? 0 : which === "middle" ? Math.floor(count / 2) : count - 1);
  await mark.scrollIntoViewIfNeeded();
  await mark.tap();
  return mark;
}

describe("the pinned card on a phone", () => {
  for (const phone of PHONES) {
    for (const which of ["first", "middle", "last"] as const) {
      it(`lies inside the screen for the ${which} term of an article on ${phone.name}`, async () => {
        const page = await openPage(browser(), articleUrl("en", "", "supreme-court-chair-beijing"), {
          hasTouch: true,
          isMobile: true,
          viewport: phone.viewport,
          deviceScaleFactor: phone.deviceScaleFactor,
        });
        const mark = await tapMark(page, which);
        const card = page.getByRole("dialog");
        await card.waitFor();
        // Let the sheet settle (the page scrolls the term above it in the next frame).
        await page.waitForTimeout(150);
        const { width, height } = phone.viewport;
        const box = await card.evaluate((el) => el.getBoundingClientRect().toJSON() as Box);
        expect(inside(box, width, height)).toBe(true);
        expect(box.bottom).toBeGreaterThan(height - 2); // a sheet at the foot of the screen
        // The term's heading, its grammar line (where the form is inflected) and the Russian and
        // English equivalents are on screen without scrolling the card.
        const parts = await card.evaluate((el) => {
          const rect = (node: Element | null) => (node ? node.getBoundingClientRect().toJSON() : null);
          const head = el.querySelector("p");
          const equivalents = [...el.querySelectorAll("[data-equivalents] [lang]")];
          return { head: rect(head), equivalents: equivalents.map(rect), scrollTop: el.scrollTop };
        });
        expect(parts.scrollTop).toBe(0);
        expect(parts.head && inside(parts.head as Box, width, height)).toBe(true);
        expect(parts.equivalents).toHaveLength(2);
        for (const eq of parts.equivalents) expect(eq && inside(eq as Box, width, height)).toBe(true);
        // The tapped term is still visible, above the sheet.
        const term = await mark.evaluate((el) => el.getBoundingClientRect().toJSON() as Box);
        expect(term.top).toBeGreaterThanOrEqual(0);
        expect(term.bottom).toBeLessThanOrEqual(box.top + 1);
        await page.context().close();
      });
    }
  }

  it("scrolls inside itself when its content is longer than the sheet, not the page", async () => {
    const page = await openPage(browser(), articleUrl("en", "", "supreme-court-chair-beijing"), {
      hasTouch: true,
      isMobile: true,
      viewport: { width: 360, height: 480 },
    });
    await tapMark(page, "first");
    const card = page.getByRole("dialog");
    await card.waitFor();
    const sizes = await card.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, overflow: getComputedStyle(el).overflowY }));
    expect(sizes.overflow).toBe("auto");
    expect(sizes.client).toBeLessThanOrEqual(480);
    if (sizes.scroll > sizes.client) {
      await card.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await expect(card.evaluate((el) => el.scrollTop)).resolves.toBeGreaterThan(0);
    }
    await page.context().close();
  });

  it("stays a card beside the term on a wide screen", async () => {
    const page = await openPage(browser(), articleUrl("en", "", "supreme-court-chair-beijing"));
    const mark = page.locator('[data-col="kk"] [data-term]').first();
    await mark.focus();
    await page.keyboard.press("Enter");
    const card = page.getByRole("dialog");
    await card.waitFor();
    const box = await card.evaluate((el) => el.getBoundingClientRect().toJSON() as Box);
    expect(box.right - box.left).toBeLessThan(400);
    expect(inside(box, 1280, 900)).toBe(true);
    await page.context().close();
  });
});
