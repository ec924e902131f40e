// A learner's memory in a real browser: save a term from its pinned card in an article, find it
// due on /en/review with the sentence it was met in, reveal the answer, grade it "good" and see
// its next review move into the future (on the page and in IndexedDB); export the data, clear
// the browser's data, import the file and find the same terms; axe on the review page, light and
// dark; and no sideways scrolling on a 360 px phone.
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { seriousA11yViolations, sharedBrowser } from "./support/browser";
import { BASE_URL } from "./support/server";
import { JURY_PARAGRAPH, articleUrl, kkTerm, openPage, sidewaysOverflow } from "./reader-helpers";

jest.setTimeout(120_000);
const browser = sharedBrowser();

const REVIEW = `${BASE_URL}/en/review`;

/** Pins «алқабилер соты» in the article and saves it for review; returns the form as met. */
async function saveJuryTrial(page: Page): Promise<string> {
  const mark = kkTerm(page, "jury-trial");
  const form = (await mark.textContent()) ?? "";
  await mark.click();
  const card = page.getByRole("dialog");
  await card.waitFor();
  await card.getByRole("button", { name: "Save for review" }).click();
  await card.getByRole("button", { name: "Saved for review" }).waitFor();
  return form;
}

/** Opens the review page and waits for the browser's data to be read. */
async function openReview(page: Page): Promise<void> {
  await page.goto(REVIEW);
  await page.locator("[data-review-ready]").waitFor();
}

/** The saved terms as the browser's database holds them. */
function storedTerms(page: Page): Promise<{ termId: string; schedule: { due: string; reps: number } }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("zan-reader");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction("terms", "readonly").objectStore("terms").getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

describe("saving a term and reviewing it", () => {
  it("shows the saved term due with its sentence, and grading it good moves its next review into the future", async () => {
    const page = await openPage(browser(), articleUrl("en"));
    const form = await saveJuryTrial(page);
    await openReview(page);
    await expect(page.locator("[data-due-today]").getAttribute("data-due-today")).resolves.toBe("1");

    const card = page.locator('[data-review-card="jury-trial"]');
    await card.waitFor();
    // The front: the form met, and the sentence it was met in with the form in bold.
    await expect(card.locator("b").first().textContent()).resolves.toBe(form);
    const sentence = (await card.locator("b").first().evaluate((b) => b.parentElement?.textContent ?? "")) ?? "";
    expect(sentence.length).toBeGreaterThan(form.length + 10);
    await expect(card.getByText("jury trial").count()).resolves.toBe(0);

    const item = page.locator('[data-term-id="jury-trial"]');
    const dueBefore = Date.parse((await item.getAttribute("data-due")) ?? "");
    expect(dueBefore).toBeLessThanOrEqual(Date.now());

    await card.getByRole("button", { name: "Show answer" }).click();
    const answer = card.locator("[data-answer]");
    await answer.waitFor();
    await expect(answer.textContent()).resolves.toContain("jury trial");
    await expect(answer.textContent()).resolves.toContain("суд присяжных");
    // The sentence's translation (the English text's same paragraph), and the way back to it.
    await expect(answer.locator('[lang="en"] b').first().textContent()).resolves.toMatch(/jury trial/i);
    await expect(answer.getByRole("link").first().getAttribute("href")).resolves.toBe(
      `/en/articles/supreme-court-international-partners#p${JURY_PARAGRAPH}`,
    );

    const answeredAt = Date.now();
    await answer.getByRole("button", { name: /Good/ }).click();
    await page.getByText(/Nothing is due now\. The next term comes back in/).first().waitFor();
    await page.waitForFunction((before) => Date.parse(document.querySelector('[data-term-id="jury-trial"]')?.getAttribute("data-due") ?? "") > before, dueBefore);
    const dueAfter = Date.parse((await item.getAttribute("data-due")) ?? "");
    expect(dueAfter).toBeGreaterThan(answeredAt + 5 * 60_000);
    const [stored] = await storedTerms(page);
    expect(stored?.schedule.reps).toBe(1);
    expect(Date.parse(stored?.schedule.due ?? "")).toBe(dueAfter);
    await page.context().close();
  });

  it("answers from the keyboard: Space shows the answer and 3 grades it good", async () => {
    const page = await openPage(browser(), articleUrl("en"));
    await saveJuryTrial(page);
    await openReview(page);
    await page.locator('[data-review-card="jury-trial"]').waitFor();
    await page.keyboard.press("Space");
    await page.locator("[data-answer]").waitFor();
    await page.keyboard.press("3");
    await page.getByText(/Nothing is due now/).first().waitFor();
    const [stored] = await storedTerms(page);
    expect(Date.parse(stored?.schedule.due ?? "")).toBeGreaterThan(Date.now() + 5 * 60_000);
    await page.context().close();
  });
});

describe("the learner's data file", () => {
  it("exports, and after the browser's data is cleared, imports back the same terms", async () => {
    const page = await openPage(browser(), articleUrl("en"));
    await saveJuryTrial(page);
    await openReview(page);
    const before = await storedTerms(page);
    expect(before.map((t) => t.termId)).toEqual(["jury-trial"]);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export my data (JSON)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^zan-reader-learner-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const json = JSON.parse(await readFile(file, "utf8"));
    expect(json.format).toBe("zan-reader-learner");

    // Clear the browser's data from a page that holds no connection to it, then come back.
    await page.goto(`${BASE_URL}/en/glossary`);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase("zan-reader");
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    await openReview(page);
    await expect(page.locator("[data-saved]").getAttribute("data-saved")).resolves.toBe("0");

    await page.locator("input[type=file]").setInputFiles(file);
    await page.getByText(/^Imported from .*: saved terms 1, known terms 0, texts 0\.$/).waitFor();
    await page.locator('[data-term-id="jury-trial"]').waitFor();
    const after = await storedTerms(page);
    expect(after).toEqual(before);
    await page.reload();
    await page.locator('[data-term-id="jury-trial"]').waitFor();
    await page.context().close();
  });
});

describe.each(["light", "dark"] as const)("the review page in the %s colour scheme", (colorScheme) => {
  it("has no serious or critical accessibility violations, with a card and its answer shown", async () => {
    const page = await openPage(browser(), articleUrl("en"), { colorScheme });
    await saveJuryTrial(page);
    await openReview(page);
    await page.getByRole("button", { name: "Show answer" }).click();
    await page.locator("[data-answer]").waitFor();
    const violations = await seriousA11yViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
    await page.context().close();
  });
});

describe("the review page on a 360 px phone", () => {
  it.each(["kk", "ru", "en"])("does not scroll sideways in the %s interface", async (locale) => {
    const page = await openPage(browser(), articleUrl("en"));
    await saveJuryTrial(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${BASE_URL}/${locale}/review`);
    await page.locator("[data-review-ready]").waitFor();
    await page.locator("[data-review-card] button").first().click();
    await page.locator("[data-answer]").waitFor();
    await expect(sidewaysOverflow(page)).resolves.toEqual([]);
    await page.context().close();
  });
});

describe("what the reader knows, in the article", () => {
  it("counts the article's terms new to the reader, draws a term marked known quietly, and counts it no more", async () => {
    // (Saved or known, a term is no longer new: marking it known and saving it counts once.)
    const page = await openPage(browser(), articleUrl("en"));
    const count = page.locator("[data-new-terms]");
    await count.waitFor();
    const before = Number(await count.getAttribute("data-new-terms"));
    const total = await page.locator("[data-term-choice]").count();
    expect(before).toBe(total);

    const mark = kkTerm(page, "jury-trial");
    await expect(mark.getAttribute("data-known")).resolves.toBeNull();
    const tinted = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    await mark.click();
    const card = page.getByRole("dialog");
    await card.waitFor();
    await card.getByRole("button", { name: "I know this" }).click();
    await card.getByRole("button", { name: "I know this", pressed: true }).waitFor();
    // The card stays on its term while the marks turn quiet: saving from it still works.
    await card.getByRole("button", { name: "Save for review" }).click();
    await card.getByRole("button", { name: "Saved for review" }).waitFor();
    await page.keyboard.press("Escape");

    // Every mark of the entry, quieter: no tint.
    await page.waitForFunction(() => [...document.querySelectorAll('[data-col="kk"] [data-term="jury-trial"]')].every((m) => m.hasAttribute("data-known")));
    const quiet = await kkTerm(page, "jury-trial").evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(quiet).not.toBe(tinted);
    await expect(count.getAttribute("data-new-terms")).resolves.toBe(String(before - 1));

    // Known across a reload.
    await page.reload();
    await page.locator('[data-col="kk"] [data-term="jury-trial"][data-known]').first().waitFor();
    await page.context().close();
  });

  it("keeps the Cyrillic form and sentence of a term saved from the Latin view", async () => {
    const page = await openPage(browser(), articleUrl("en", "?script=latn"));
    await page.waitForFunction(() => document.querySelector("#p1")?.getAttribute("lang") === "kk-Latn");
    const mark = kkTerm(page, "jury-trial");
    await expect(mark.textContent()).resolves.toBe("alqabiler soty");
    await mark.click();
    const card = page.getByRole("dialog");
    await card.waitFor();
    await card.getByRole("button", { name: "Save for review" }).click();
    await card.getByRole("button", { name: "Saved for review" }).waitFor();
    const [saved] = (await storedTerms(page)) as unknown as { form: string; sentence: { before: string; term: string } }[];
    expect(saved!.form).toBe("алқабилер соты");
    expect(saved!.sentence.term).toBe("алқабилер соты");
    expect(saved!.sentence.before).toMatch(/[а-яәіңғүұқөһ]/i);
    await page.context().close();
  });
});
