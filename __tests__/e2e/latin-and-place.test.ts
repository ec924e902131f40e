// Latin everywhere the Kazakh text is shown (the title, the term list, the card's heading,
// grammar line and Kazakh definition, the flashcards, the glossary's results), the script kept as
// the reader's choice from page to page; a paragraph's translation shown under it alone; and the
// first page opened set in the self-hosted face, not a fallback.
import { parse } from "csv-parse/sync";
import { sharedBrowser } from "./support/browser";
import { BASE_URL } from "./support/server";
import { JURY_PARAGRAPH, articleUrl, kkTerm, openPage } from "./reader-helpers";

const browser = sharedBrowser();
const CYRILLIC = /[а-яәғқңөұүһі]/i;

describe("Latin everywhere", () => {
  it("shows the title, the term list and the pinned card's heading, grammar and Kazakh definition in Latin", async () => {
    const page = await openPage(browser(), articleUrl("en", "?script=latn"));
    await page.waitForFunction(() => document.querySelector("h1")?.getAttribute("lang") === "kk-Latn");
    expect(await page.locator("h1").textContent()).not.toMatch(CYRILLIC);

    const listed = await page.locator("[data-term-choice] span[lang]").allTextContents();
    expect(listed.length).toBeGreaterThan(10);
    for (const term of listed) expect(term).not.toMatch(CYRILLIC);

    const term = kkTerm(page, "supreme-court");
    await page.locator("[data-cards-ready]").waitFor({ state: "attached" });
    await term.click();
    const card = page.getByRole("dialog");
    await card.waitFor();
    await expect(card.locator("[data-grammar]").textContent()).resolves.toBe("sottyñ = sot + tyñ (genitive)");
    const heading = card.locator("p[lang]").first();
    await expect(heading.getAttribute("lang")).resolves.toBe("kk-Latn");
    expect(await heading.textContent()).not.toMatch(CYRILLIC);
    const kazakhDefinition = card.locator("dd[lang=kk-Latn]");
    expect((await kazakhDefinition.textContent())!.length).toBeGreaterThan(10);
    expect(await kazakhDefinition.textContent()).not.toMatch(CYRILLIC);
    // Russian stays Russian.
    await expect(card.locator("dd[lang=ru]").textContent()).resolves.toMatch(/[а-я]/);
    await page.keyboard.press("Escape");

    // The tooltip's heading too.
    await kkTerm(page, "jury-trial").hover();
    const tooltip = page.getByRole("tooltip");
    await tooltip.waitFor();
    await expect(tooltip.locator("[lang=kk-Latn]").first().textContent()).resolves.toBe("alqabiler soty");
    await page.context().close();
  });

  it("offers the flashcards in Latin, the Russian and English on the back untouched", async () => {
    const page = await openPage(browser(), articleUrl("en", "?script=latn"));
    const link = page.getByRole("link", { name: /flashcards, in Latin/ });
    const href = await link.getAttribute("href");
    expect(href).toMatch(/flashcards-latn\.csv$/);
    const response = await page.request.get(new URL(href!, BASE_URL).toString());
    expect(response.status()).toBe(200);
    const csv = await response.text();
    const columns = /^#columns:(.*)$/m.exec(csv)?.[1]?.split(",") ?? [];
    const rows = parse(csv.split("\n").filter((line) => !line.startsWith("#")).join("\n")) as string[][];
    expect(rows.length).toBeGreaterThan(10);
    const fronts = rows.map((row) => row[columns.indexOf("Front")] ?? "");
    expect(fronts).toContain("alqabiler soty");
    for (const front of fronts) expect(front).not.toMatch(CYRILLIC);
    expect(rows.map((row) => row.join(" ")).join(" ")).toMatch(/суд присяжных/i);
    await page.context().close();
  });

  it("keeps the script chosen on an article for the next pages: another article, the glossary's results", async () => {
    const page = await openPage(browser(), articleUrl("en"));
    await page.getByRole("link", { name: "Latin" }).click();
    await page.waitForFunction(() => document.querySelector("#p1")?.getAttribute("lang") === "kk-Latn");

    await page.goto(`${BASE_URL}/en/articles/supreme-court-chair-beijing`);
    await page.waitForFunction(() => document.querySelector("#p1")?.getAttribute("lang") === "kk-Latn");
    expect(await page.locator("#p1").textContent()).not.toMatch(CYRILLIC);

    await page.goto(`${BASE_URL}/en/glossary?q=${encodeURIComponent("алқабилер соты")}`);
    const first = page.locator("ol li a[lang]").first();
    await page.waitForFunction(() => document.querySelector("ol li a[lang]")?.getAttribute("lang") === "kk-Latn");
    await expect(first.textContent()).resolves.toBe("alqabiler soty");

    // Back to Cyrillic: chosen once, kept too.
    await page.goto(articleUrl("en"));
    await page.waitForFunction(() => document.querySelector("#p1")?.getAttribute("lang") === "kk-Latn");
    await page.getByRole("link", { name: "Cyrillic" }).click();
    await page.waitForFunction(() => document.querySelector("#p1")?.getAttribute("lang") === "kk");
    await page.reload();
    await page.locator("[data-synced]").waitFor({ state: "attached" });
    await expect(page.locator("#p1").getAttribute("lang")).resolves.toBe("kk");
    await page.context().close();
  });
});

describe("one paragraph's translation", () => {
  it("shows under the paragraph when its number is pressed, in the interface's language, and hides again", async () => {
    const page = await openPage(browser(), articleUrl("en"));
    const number = page.getByRole("button", { name: `Show the translation of paragraph ${JURY_PARAGRAPH}` });
    await number.click();
    const shown = page.locator(`#p${JURY_PARAGRAPH}-reveal[data-revealed]`);
    await shown.waitFor();
    await expect(shown.getAttribute("lang")).resolves.toBe("en");
    await expect(shown.locator('[data-term="jury-trial"]').first().textContent()).resolves.toMatch(/jur/i);
    const kkBox = await page.locator(`#p${JURY_PARAGRAPH}`).boundingBox();
    const shownBox = await shown.boundingBox();
    expect(shownBox!.y).toBeGreaterThanOrEqual(kkBox!.y + kkBox!.height - 1);
    // Only that paragraph's.
    await expect(page.locator("[data-revealed]").count()).resolves.toBe(1);
    const toggle = page.getByRole("button", { name: `Hide the translation of paragraph ${JURY_PARAGRAPH}` });
    await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("true");
    await toggle.click();
    await shown.waitFor({ state: "detached" });
    await page.context().close();
  });

  it("is Russian in the Russian interface", async () => {
    const page = await openPage(browser(), articleUrl("ru"));
    await page.getByRole("button", { name: "Показать перевод абзаца 1" }).click();
    const shown = page.locator("#p1-reveal[data-revealed]");
    await shown.waitFor();
    await expect(shown.getAttribute("lang")).resolves.toBe("ru");
    await expect(shown.textContent()).resolves.toMatch(/[а-я]{4}/);
    await page.context().close();
  });
});

describe("the first page opened", () => {
  it("is set in the self-hosted Noto Sans, Kazakh letters included, not in a fallback", async () => {
    // A new context: nothing cached. The platform font is the one Chromium drew the text with
    // (with font-display: optional a face that missed the first paint is never used on that page).
    const page = await openPage(browser(), articleUrl("kk"));
    // Faces swapped in (latin-ext) are drawn once loaded: measure after the loads have settled.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const session = await page.context().newCDPSession(page);
    await session.send("DOM.enable");
    await session.send("CSS.enable");
    const { root } = await session.send("DOM.getDocument", { depth: -1 });
    const fontsOf = async (selector: string) => {
      const { nodeId } = await session.send("DOM.querySelector", { nodeId: root.nodeId, selector });
      const { fonts } = await session.send("CSS.getPlatformFontsForNode", { nodeId });
      return fonts.map((font) => font.familyName);
    };
    for (const selector of ["#p1", "h1", "nav a"]) expect(await fontsOf(selector)).toEqual(["Noto Sans"]);
    await page.context().close();
  });
});
