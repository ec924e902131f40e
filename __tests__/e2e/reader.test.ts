// The reader's term cards in a real browser: hover, keyboard focus, a tap on a touch screen,
// Escape. (Issue 2's browser test is the first one.)
import { sharedBrowser } from "./support/browser";
import { articleUrl, kkTerm, openPage } from "./reader-helpers";

const browser = sharedBrowser();

describe("a term in an article", () => {
  it("shows суд присяжных and jury trial when the pointer rests on алқабилер соты", async () => {
    const page = await openPage(browser(), articleUrl("en"));
    const term = kkTerm(page, "jury-trial");
    await expect(term.textContent()).resolves.toBe("алқабилер соты");
    await term.hover();
    const tooltip = page.getByRole("tooltip");
    await tooltip.waitFor();
    await expect(tooltip.textContent()).resolves.toContain("суд присяжных");
    await expect(tooltip.textContent()).resolves.toContain("jury trial");
    await page.context().close();
  });

  it("keeps the tooltip open while the pointer is on it, so that an equivalent can be selected, and closes it when the pointer leaves", async () => {
    const page = await openPage(browser(), articleUrl("en"));
    const term = kkTerm(page, "jury-trial");
    await term.hover();
    const tooltip = page.getByRole("tooltip");
    await tooltip.waitFor();
    // The visible tooltip (Radix also keeps a hidden copy for screen readers).
    const box = await page.locator("[data-radix-popper-content-wrapper]").boundingBox();
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2, { steps: 8 });
    await page.waitForTimeout(500);
    await expect(page.locator("[data-radix-popper-content-wrapper]").count()).resolves.toBe(1);
    const russian = page.locator('[data-radix-popper-content-wrapper] [lang="ru"]').first();
    await russian.dblclick();
    await expect(page.evaluate(() => window.getSelection()?.toString() ?? "")).resolves.toMatch(/суд|присяжных/);
    await page.mouse.move(5, 5, { steps: 4 });
    await page.locator("[data-radix-popper-content-wrapper]").waitFor({ state: "detached" });
    await page.context().close();
  });

  it("is heard by screen readers as its text, then the Kazakh term with its equivalents", async () => {
    const page = await openPage(browser(), articleUrl("ru"));
    // What Chromium's accessibility tree gives assistive technology for the first mark.
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send("DOM.getDocument");
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: '[data-col="kk"] [data-term="jury-trial"]' });
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
    const mark = nodes.find((n) => n.role?.value === "link");
    expect(mark?.name?.value).toBe(await kkTerm(page, "jury-trial").textContent());
    expect(mark?.description?.value).toBe("алқабилер соты — по-русски суд присяжных, по-английски jury trial");
    await page.context().close();
  });

  it("shows its card with the grammar of the form when reached with the Tab key", async () => {
    const page = await openPage(browser(), articleUrl("en"));
    // Start just before the first term of the text and tab onto it.
    await page.locator("#p1").evaluate((p) => {
      p.setAttribute("tabindex", "-1");
      (p as HTMLElement).focus();
    });
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    await expect(focused.getAttribute("data-term")).resolves.toBeTruthy();
    const tooltip = page.getByRole("tooltip");
    await tooltip.waitFor();
    // The first term of the text is БҰҰДБ, the UNDP.
    await expect(focused.getAttribute("data-term")).resolves.toBe("undp");
    await expect(tooltip.textContent()).resolves.toContain("ПРООН");
    // A term inflected in the text shows its grammar in the interface language.
    await page.goto(articleUrl("en"));
    await page.waitForLoadState("networkidle");
    const inflected = page.locator('[data-col="kk"] [data-term="supreme-court"]').first();
    await inflected.focus();
    await tooltip.waitFor();
    await expect(tooltip.textContent()).resolves.toMatch(/соттың = сот \+ тың \(genitive\)|Соттың = сот \+ тың \(genitive\)/i);
    await page.context().close();
  });

  it("opens a pinned card on a tap with a touch screen, and Escape and a tap elsewhere close it", async () => {
    const page = await openPage(browser(), articleUrl("en"), {
      hasTouch: true,
      isMobile: true,
      viewport: { width: 390, height: 844 },
    });
    const term = kkTerm(page, "jury-trial");
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    const card = page.getByRole("dialog");
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain("суд присяжных");
    await expect(card.getByRole("link", { name: "Open the glossary entry" }).getAttribute("href")).resolves.toBe("/en/glossary/jury-trial");
    await expect(card.getByRole("link", { name: "Other occurrences" }).getAttribute("href")).resolves.toBe(
      "/en/glossary/jury-trial#occurrences",
    );
    await page.keyboard.press("Escape");
    await card.waitFor({ state: "detached" });

    await term.tap();
    await card.waitFor();
    await page.locator("h1").tap();
    await card.waitFor({ state: "detached" });

    // A phone shows no tooltip, so the tapped card gives the grammar of the form in the text.
    const inflected = kkTerm(page, "supreme-court");
    await inflected.scrollIntoViewIfNeeded();
    await inflected.tap();
    await card.waitFor();
    await expect(card.textContent()).resolves.toMatch(/соттың = сот \+ тың \(genitive\)/i);
    await page.context().close();
  });

  it("opens the first card of a page without waiting for a script: the card layer is fetched while the reader reads", async () => {
    const page = await openPage(browser(), articleUrl("en"));
    // The terms' scope says when its cards and their layer are there.
    await page.locator("[data-cards-ready]").waitFor({ state: "attached" });
    const fetched: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script" || request.url().includes("cards.json")) fetched.push(request.url());
    });
    await kkTerm(page, "jury-trial").hover();
    await page.getByRole("tooltip").waitFor();
    expect(fetched).toEqual([]);
    await page.context().close();
  });

  it("opens the pinned card with Enter and gives focus back to the term on Escape", async () => {
    const page = await openPage(browser(), articleUrl("kk"));
    const term = kkTerm(page, "jury-trial");
    await term.focus();
    await page.keyboard.press("Enter");
    const card = page.getByRole("dialog");
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain("Глоссарийдегі мақаласын ашу");
    expect(page.url()).toBe(articleUrl("kk"));
    await page.keyboard.press("Escape");
    await card.waitFor({ state: "detached" });
    await expect(page.locator(":focus").getAttribute("data-term")).resolves.toBe("jury-trial");
    await page.context().close();
  });
});
