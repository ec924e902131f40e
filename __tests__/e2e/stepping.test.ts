// Stepping through a term's occurrences from the article's term list: the occurrence stepped to
// is scrolled into view, gets focus, and looks different from every other mark — after a click,
// when the browser shows no focus ring of its own.
import { sharedBrowser } from "./support/browser";
import { articleUrl, openPage } from "./reader-helpers";

const browser = sharedBrowser();

describe("stepping through a term's occurrences", () => {
  it("marks the current occurrence visibly and moves the mark with Next and Previous", async () => {
    const page = await openPage(browser(), articleUrl("en", "", "supreme-court-chair-beijing"));
    await page.getByRole("heading", { name: /Terms in this article/ }).click();
    // The term with the most occurrences: the list's first button whose count is above one.
    const buttons = page.locator("[data-term-choice]");
    const ids = await buttons.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.termChoice!));
    const counts = await page.evaluate((list) => list.map((id) => document.querySelectorAll(`[data-col="kk"] [data-term="${CSS.escape(id)}"]`).length), ids);
    const index = counts.findIndex((n) => n >= 3);
    expect(index).toBeGreaterThanOrEqual(0);
    const id = ids[index]!;
    await buttons.nth(index).click();

    const current = () =>
      page.evaluate((termId) => {
        const marks = [...document.querySelectorAll(`[data-col="kk"] [data-term="${CSS.escape(termId)}"]`)];
        const flagged = [...document.querySelectorAll("[data-current-occurrence]")];
        const at = flagged.length === 1 ? marks.indexOf(flagged[0]!) : -1;
        const style = flagged[0] ? getComputedStyle(flagged[0]) : null;
        const other = marks.find((m) => m !== flagged[0]);
        const otherStyle = other ? getComputedStyle(other) : null;
        return {
          flagged: flagged.length,
          at,
          focused: document.activeElement === flagged[0],
          outlined: style !== null && style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
          differs: style !== null && otherStyle !== null && (style.outlineStyle !== otherStyle.outlineStyle || style.backgroundColor !== otherStyle.backgroundColor),
        };
      }, id);

    // A step lands in the next frame: wait until focus has left the button for the mark.
    const stepped = () => page.waitForFunction(() => document.activeElement?.hasAttribute("data-current-occurrence"));
    await stepped();
    await expect(current()).resolves.toEqual({ flagged: 1, at: 0, focused: true, outlined: true, differs: true });
    await page.getByRole("button", { name: /^Next occurrence of/ }).click();
    await stepped();
    await expect(current()).resolves.toEqual({ flagged: 1, at: 1, focused: true, outlined: true, differs: true });
    await page.getByRole("button", { name: /^Previous occurrence of/ }).click();
    await stepped();
    await page.getByRole("button", { name: /^Previous occurrence of/ }).click();
    await stepped();
    // Before the first comes the last.
    const last = counts[index]! - 1;
    await expect(current()).resolves.toEqual({ flagged: 1, at: last, focused: true, outlined: true, differs: true });
    await page.context().close();
  });
});
