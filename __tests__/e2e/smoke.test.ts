// The app answers in each interface language and `/` leads to the Kazakh interface.
import { existsSync, readFileSync } from "node:fs";
import { snapshotPath } from "@/server/content/source";
import { BASE_URL } from "./support/server";

describe("the reader's routes", () => {
  it("sends / to the Kazakh interface", async () => {
    const response = await fetch(`${BASE_URL}/`, { redirect: "manual" });
    expect(response.status).toBeGreaterThanOrEqual(300);
    expect(response.status).toBeLessThan(400);
    expect(new URL(response.headers.get("location") ?? "", BASE_URL).pathname).toBe("/kk");
  });

  it.each(["kk", "ru", "en"])("serves the home page in %s with that html lang", async (locale) => {
    const response = await fetch(`${BASE_URL}/${locale}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`<html lang="${locale}"`);
  });

  it("answers an unknown article with a not-found page in the interface language", async () => {
    const response = await fetch(`${BASE_URL}/ru/articles/no-such-article`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Страница не найдена");
  });

  it("serves an article's Latin and translated text as JSON and its flashcards as UTF-8 CSV", async () => {
    const article = "supreme-court-international-partners";
    const texts = await fetch(`${BASE_URL}/kk/articles/${article}/text.json`);
    expect(texts.status).toBe(200);
    const body = (await texts.json()) as { latn: string[]; ru: string[]; en: string[] };
    expect(body.ru.length).toBe(body.en.length);
    expect(body.latn.length).toBe(body.en.length);
    expect(body.ru.length).toBeGreaterThan(3);
    expect(body.ru.join("")).toContain('href="/kk/glossary/jury-trial"');
    const csv = await fetch(`${BASE_URL}/en/articles/${article}/flashcards.csv`);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(await csv.text()).toContain("алқабилер соты");
  });

  // `next build` empties .next as it starts: the snapshot `npm run build` wrote before it must
  // survive it, or the server would answer from the files as they are later edited.
  it("keeps the content the build was made with beside the build", () => {
    expect(existsSync(snapshotPath())).toBe(true);
    const snapshot = JSON.parse(readFileSync(snapshotPath(), "utf8")) as { version: string; glossary: unknown[]; articles: unknown[] };
    expect(snapshot.version).toMatch(/^[0-9a-f]{16}$/);
    expect(snapshot.glossary.length).toBeGreaterThan(1000);
  });
});
