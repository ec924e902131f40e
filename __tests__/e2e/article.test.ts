// The article page in a real browser: the parallel view and its cross-highlighting, the Latin
// script, a concordance target, the term list, marking off, the flashcards, the language
// switcher and the home page's list.
import { parse } from "csv-parse/sync";
import { sharedBrowser } from "./support/browser";
import { BASE_URL } from "./support/server";
import { ARTICLE, JURY_PARAGRAPH, articleUrl, kkTerm, openPage } from "./reader-helpers";

const browser = sharedBrowser();

describe("the parallel view", () => {
  it("puts the Russian paragraph beside the Kazakh one on a wide screen, with its terms marked", async () => {
    const page = await openPage(browser(), articleUrl("en", "?with=ru"));
    const ru = page.locator(`#p${JURY_PARAGRAPH}-ru`);
    await ru.waitFor();
    const kkBox = await page.locator(`#p${JURY_PARAGRAPH}`).boundingBox();
    const ruBox = await ru.boundingBox();
    expect(ruBox!.x).toBeGreaterThan(kkBox!.x + kkBox!.width - 1);
    expect(Math.abs(ruBox!.y - kkBox!.y)).toBeLessThan(10);
    await expect(ru.getAttribute("lang")).resolves.toBe("ru");
    await expect(ru.locator('[data-term="jury-trial"]').first().textContent()).resolves.toMatch(/присяжных/);
    await page.context().close();
  });

  it("gives every mark of both columns its description, the translation-only entries' included", async () => {
    for (const lang of ["ru", "en"]) {
      const page = await openPage(browser(), articleUrl("en", `?with=${lang}`));
      await page.locator(`#p1-${lang}`).waitFor();
      const described = await page.evaluate((col) => {
        const ids = (selector: string) => [...document.querySelectorAll(selector)].map((mark) => mark.getAttribute("aria-describedby") ?? "");
        const missing = (list: string[]) => list.filter((id) => (document.getElementById(id)?.textContent ?? "").trim() === "");
        const kk = ids('[data-col="kk"] [data-term]');
        const translation = ids(`[data-col="${col}"] [data-term]`);
        return { kk: kk.length, translation: translation.length, onlyTranslation: translation.filter((id) => !kk.includes(id)).length, missing: missing([...kk, ...translation]) };
      }, lang);
      expect(described.kk).toBeGreaterThan(20);
      expect(described.translation).toBeGreaterThan(20);
      // The article has entries that only its translation names: their descriptions came with text.json.
      expect(described.onlyTranslation).toBeGreaterThan(0);
      expect(described.missing).toEqual([]);
      await page.context().close();
    }
  });

  it("puts the translation under the Kazakh paragraph on a narrow screen", async () => {
    const page = await openPage(browser(), articleUrl("en", "?with=en"), { viewport: { width: 390, height: 844 } });
    const en = page.locator(`#p${JURY_PARAGRAPH}-en`);
    await en.waitFor();
    const kkBox = await page.locator(`#p${JURY_PARAGRAPH}`).boundingBox();
    const enBox = await en.boundingBox();
    expect(enBox!.y).toBeGreaterThanOrEqual(kkBox!.y + kkBox!.height - 1);
    await page.context().close();
  });

  it("highlights the same entry in the other column when a term is pointed at", async () => {
    const page = await openPage(browser(), articleUrl("en", "?with=ru"));
    const ruJury = page.locator(`#p${JURY_PARAGRAPH}-ru [data-term="jury-trial"]`).first();
    await ruJury.waitFor();
    await expect(ruJury.getAttribute("data-linked")).resolves.toBeNull();
    await page.locator(`#p${JURY_PARAGRAPH} [data-term="jury-trial"]`).hover();
    await page.waitForFunction((sel) => document.querySelector(sel)?.hasAttribute("data-linked"), `#p${JURY_PARAGRAPH}-ru [data-term="jury-trial"]`);
    // Leaving the term takes the highlight away again.
    await page.mouse.move(0, 0);
    await page.waitForFunction((sel) => !document.querySelector(sel)?.hasAttribute("data-linked"), `#p${JURY_PARAGRAPH}-ru [data-term="jury-trial"]`);
    // And the other way round: focusing the Russian term lights up the Kazakh one.
    await ruJury.focus();
    await page.waitForFunction((sel) => document.querySelector(sel)?.hasAttribute("data-linked"), `#p${JURY_PARAGRAPH} [data-term="jury-trial"]`);
    await page.context().close();
  });
});

describe("the Latin script", () => {
  it("shows the Kazakh text in the 2021 alphabet with its terms still marked, and their cards in it too", async () => {
    const page = await openPage(browser(), articleUrl("en", "?script=latn"));
    await page.waitForFunction(() => document.querySelector("#p1")?.getAttribute("lang") === "kk-Latn");
    const text = (await page.locator(`#p${JURY_PARAGRAPH}`).textContent()) ?? "";
    expect(text).toContain("Qazaqstanda");
    expect(text).not.toMatch(/[а-яәғқңөұүһі]/i);
    const term = kkTerm(page, "jury-trial");
    await expect(term.textContent()).resolves.toBe("alqabiler soty");
    await term.hover();
    const tooltip = page.getByRole("tooltip");
    await tooltip.waitFor();
    await expect(tooltip.textContent()).resolves.toContain("alqabiler soty");
    await expect(tooltip.textContent()).resolves.toContain("суд присяжных");
    await expect(tooltip.textContent()).resolves.toContain("jury trial");
    await page.context().close();
  });
});

describe("a concordance line's target", () => {
  it("scrolls to the paragraph and highlights the term's occurrences in it", async () => {
    const page = await openPage(browser(), articleUrl("en", `?hl=jury-trial#p${JURY_PARAGRAPH}`), { viewport: { width: 1280, height: 500 } });
    const term = page.locator(`#p${JURY_PARAGRAPH} [data-term="jury-trial"]`);
    await page.waitForFunction((sel) => document.querySelector(sel)?.hasAttribute("data-highlighted"), `#p${JURY_PARAGRAPH} [data-term="jury-trial"]`);
    const box = await term.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(500);
    await page.context().close();
  });

  it("opens the translation for an occurrence in it and highlights the term there", async () => {
    const target = `#p${JURY_PARAGRAPH}-ru [data-term="jury-trial"]`;
    const page = await openPage(browser(), articleUrl("en", `?with=ru&hl=jury-trial#p${JURY_PARAGRAPH}-ru`));
    await page.waitForFunction((sel) => document.querySelector(sel)?.hasAttribute("data-highlighted"), target);
    await page.context().close();
  });
});

describe("the term list", () => {
  it("steps through a term's occurrences, focusing each", async () => {
    const page = await openPage(browser(), articleUrl("en"));
    await page.getByText("Terms in this article").click();
    const choice = page.locator('[data-term-choice="supreme-court"]');
    await choice.click();
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-term") === "supreme-court");
    const first = await page.evaluate(() => document.activeElement?.closest("p")?.id);
    await page.getByRole("button", { name: /Next/ }).click();
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-term") === "supreme-court");
    await expect(page.getByText(/2 of \d+/).count()).resolves.toBeGreaterThan(0);
    const second = await page.evaluate(() => [...document.querySelectorAll('[data-col="kk"] [data-term="supreme-court"]')].indexOf(document.activeElement!));
    expect(second).toBe(1);
    expect(first).toBe("p2");
    await page.context().close();
  });

  it("lists the terms in Kazakh alphabetical order", async () => {
    const page = await openPage(browser(), articleUrl("en"));
    const terms = await page.locator("[data-term-choice] span[lang=kk]").allTextContents();
    expect(terms.length).toBeGreaterThan(10);
    expect([...terms].sort(new Intl.Collator("kk").compare)).toEqual(terms);
    await page.context().close();
  });

  it("turns marking off for plain reading, and back on", async () => {
    const page = await openPage(browser(), articleUrl("en"));
    const marks = page.locator("[data-col=kk] [data-term]");
    const before = await marks.count();
    await page.getByRole("button", { name: "Mark terms" }).click();
    await expect(marks.count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Mark terms" }).click();
    await expect(marks.count()).resolves.toBe(before);
    await page.context().close();
  });

  it("keeps plain reading across a reload and a switch to a translation, as the address says", async () => {
    const page = await openPage(browser(), articleUrl("en"));
    const marks = page.locator("[data-col=kk] [data-term]");
    await page.getByRole("button", { name: "Mark terms" }).click();
    await expect(marks.count()).resolves.toBe(0);
    expect(new URL(page.url()).searchParams.get("marks")).toBe("off");
    await page.reload();
    await page.locator("[data-synced]").waitFor({ state: "attached" });
    await page.waitForLoadState("networkidle");
    await expect(marks.count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Mark terms" }).getAttribute("aria-pressed")).resolves.toBe("false");
    await page.getByRole("link", { name: "With Russian" }).click();
    await page.waitForURL(/with=ru/);
    expect(new URL(page.url()).searchParams.get("marks")).toBe("off");
    await expect(marks.count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Mark terms" }).click();
    expect(new URL(page.url()).searchParams.get("marks")).toBeNull();
    await expect(marks.count()).resolves.toBeGreaterThan(0);
    await page.context().close();
  });
});

describe("the flashcards", () => {
  it("download as a UTF-8 CSV for Anki: Kazakh term in front; Russian, English, definition and sentence behind", async () => {
    const page = await openPage(browser(), articleUrl("ru"), { acceptDownloads: true });
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /CSV/ }).click()]);
    const content = await (await download.createReadStream()).toArray();
    const csv = Buffer.concat(content).toString("utf8");
    expect(csv.startsWith("#separator:comma")).toBe(true);
    // Anki's headers name the note type, the deck (the article's title) and the columns.
    expect(csv).toMatch(/^#notetype:Basic$/m);
    expect(csv).toMatch(/^#deck:.+$/m);
    const columns = /^#columns:(.*)$/m.exec(csv)?.[1]?.split(",") ?? [];
    const [front, back, guid] = ["Front", "Back", "GUID"].map((name) => columns.indexOf(name));
    const rows: string[][] = parse(csv.split("\n").filter((l) => !l.startsWith("#")).join("\n"), { relax_column_count: true });
    const jury = rows.find((row) => row[front!] === "алқабилер соты");
    expect(jury).toBeDefined();
    expect(jury![guid!]).toBe("zan-reader:jury-trial");
    expect(jury![back!]).toContain("суд присяжных");
    expect(jury![back!]).toContain("jury trial");
    expect(jury![back!]).toContain("присяжн"); // the Russian definition, for the Russian interface
    expect(jury![back!]).toContain("Айталық, бірлескен іс-қимылдың нәтижесінде Қазақстанда <b>алқабилер соты</b>");
    await page.context().close();
  });
});

describe("the language switcher", () => {
  it("keeps the reader on the same article, with the same view", async () => {
    const page = await openPage(browser(), articleUrl("kk", "?with=en"));
    await page.locator('a[data-locale="ru"]').click();
    await page.waitForURL(`**/ru/articles/${ARTICLE}?with=en`);
    await page.locator(`#p${JURY_PARAGRAPH}-en`).waitFor();
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("ru");
    // The choice is remembered: the bare address now opens the Russian interface.
    await page.goto(`${BASE_URL}/`);
    await page.waitForURL(`${BASE_URL}/ru`);
    await page.context().close();
  });
});

describe("the home page", () => {
  it("lists the articles with titles in the interface language, dates and term counts", async () => {
    const page = await (await browser().newContext()).newPage();
    await page.goto(`${BASE_URL}/en`);
    const link = page.locator(`a[href="/en/articles/${ARTICLE}"]`);
    await expect(link.textContent()).resolves.toBe("Supreme Court meets its international partners");
    const counts = await page.locator("[data-term-count]").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-term-count"))));
    expect(counts.length).toBeGreaterThanOrEqual(2);
    for (const count of counts) expect(count).toBeGreaterThan(10);
    await expect(page.locator("time").first().getAttribute("datetime")).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.context().close();
  });
});

describe("the article's heading", () => {
  it("names the source in the interface's language where that version of the article does", async () => {
    const ru = await openPage(browser(), articleUrl("ru"));
    await expect(ru.locator("main header").textContent()).resolves.toContain("Источник: Пресс-служба Верховного суда");
    await ru.context().close();
    const kk = await openPage(browser(), articleUrl("kk"));
    await expect(kk.locator("main header").textContent()).resolves.toContain("Жоғарғы соттың баспасөз қызметі");
    await kk.context().close();
  });
});

describe("the reader's place", () => {
  it("stays in view when a translation or the Latin script is switched on, and the options stay at hand", async () => {
    const page = await openPage(browser(), articleUrl("en", "", "supreme-court-chair-beijing"), { viewport: { width: 1280, height: 700 } });
    await page.locator("#p6").evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 150));
    await page.waitForTimeout(200);
    const topOf = () => page.locator("#p6").evaluate((el) => el.getBoundingClientRect().top);
    const before = await topOf();
    expect(before).toBeGreaterThan(100);
    // The options are sticky: on screen after scrolling this far.
    const controls = page.getByRole("group", { name: "Reading options" });
    const bar = await controls.boundingBox();
    expect(bar && bar.y >= 0 && bar.y < 100).toBe(true);

    await page.getByRole("link", { name: "With Russian" }).click();
    await page.locator("[data-parallel=ru]").waitFor();
    await page.waitForTimeout(200);
    expect(Math.abs((await topOf()) - before)).toBeLessThanOrEqual(3);

    await page.getByRole("link", { name: "Latin (2021)" }).click();
    await page.locator('#p6[lang="kk-Latn"]').waitFor();
    await page.waitForTimeout(200);
    expect(Math.abs((await topOf()) - before)).toBeLessThanOrEqual(3);
    await page.context().close();
  });
});
