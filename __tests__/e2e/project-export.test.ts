// A translator's project glossary in Chromium: a Kazakh text (sentences from the articles) pasted
// on /kk/annotate and marked, then exported through the page as TBX, CSV and JSON — each file
// named after the text's title, holding just the entries found, with the forms the text has of
// them and their sentences, in Cyrillic even from the Latin view — and made in the browser:
// nothing is posted while the files are made (the page only fetches the writers' script, and may
// prefetch the glossary pages its links name). Without JavaScript the page says the export
// needs it.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Download, Page } from "playwright-core";
import { sharedBrowser } from "./support/browser";
import { BASE_URL } from "./support/server";

const browser = sharedBrowser();

const TITLE = "Жоғарғы сот төрағасының сапары";
const TEXT = [
  TITLE,
  "ҚР Жоғарғы сотының төрағасы Қайрат Мәми Бейжің қаласының Жоғары дәрежелі халық сотында да болды.",
  "ҚР Жоғарғы сотының судьясы Мадияр Балкен Қазақстан мен Қытайда сот-құқықтық реформалар ұқсас екенін атап өтті. Қазақстандық делегация құрамына Жоғарғы сот судьясы Мадияр Балкен кірді.",
].join("\n\n");
const ENTRIES = ["supreme-court", "chairperson-of-the-supreme-court", "higher-peoples-court", "republic-of-kazakhstan", "judicial-legal-reform", "judge", "chairperson"];
const FILE_BASE = "project-Жоғарғы-сот-төрағасының-сапары";

async function markText(page: Page): Promise<void> {
  await page.goto(`${BASE_URL}/kk/annotate`, { waitUntil: "networkidle" });
  await page.fill("#annotate-text", TEXT);
  await page.click('form button[type="submit"]');
  await page.locator('[data-annotated] [data-term="supreme-court"]').first().waitFor();
}

async function exportAs(page: Page, format: "tbx" | "csv" | "json"): Promise<{ download: Download; text: string }> {
  await page.getByLabel("Пішім").selectOption(format);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Жоба глоссарийін экспорттау" }).click()]);
  const file = await download.path();
  return { download, text: readFileSync(file, "utf8") };
}

interface XmlNode {
  [key: string]: unknown;
}
const ARRAYS = new Set(["conceptEntry", "langSec", "termSec", "descrip", "note", "ref", "admin", "termNote"]);
const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", textNodeName: "#text", isArray: (name) => ARRAYS.has(name) });
const node = (value: unknown): XmlNode => (value && typeof value === "object" ? (value as XmlNode) : {});
const nodes = (value: unknown): XmlNode[] => (Array.isArray(value) ? value.map(node) : []);
const textOf = (value: unknown): string => String(node(value)["#text"] ?? value);
/** An element's texts: a plain element parses as a string, one with attributes as an object. */
const textsOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(textOf) : []);

describe("the project glossary of one's own text", () => {
  let page: Page;
  const requests: string[] = [];
  beforeAll(async () => {
    page = await browser().newPage({ acceptDownloads: true });
    await markText(page);
    page.on("request", (request) => requests.push(`${request.method()} ${request.postData() === null ? "" : "with a body "}${request.url()}`));
  });
  afterAll(async () => {
    await page.close();
  });

  it("downloads as TBX the entries of the text, each name with the sentences and forms it had there", async () => {
    const { download, text } = await exportAs(page, "tbx");
    expect(download.suggestedFilename()).toBe(`${FILE_BASE}.tbx`);
    expect(XMLValidator.validate(text)).toBe(true);
    const tbx = node(node(xmlParser.parse(text)).tbx);
    expect(tbx["@type"]).toBe("TBX-Basic");
    const concepts = nodes(node(node(tbx.text).body).conceptEntry);
    expect(concepts.map((c) => c["@id"]).sort()).toEqual([...ENTRIES].sort());

    const kazakh = (id: string) => nodes(nodes(concepts.find((c) => c["@id"] === id)?.langSec).find((l) => l["@xml:lang"] === "kk")?.termSec);
    const summary = (termSec: XmlNode) => ({
      term: textOf(termSec.term),
      contexts: nodes(termSec.descrip).filter((d) => d["@type"] === "context").map(textOf),
      notes: textsOf(termSec.note),
    });
    expect(summary(kazakh("supreme-court")[0]!)).toEqual({
      term: "Жоғарғы Сот",
      contexts: [
        "ҚР Жоғарғы сотының төрағасы Қайрат Мәми Бейжің қаласының Жоғары дәрежелі халық сотында да болды.",
        "ҚР Жоғарғы сотының судьясы Мадияр Балкен Қазақстан мен Қытайда сот-құқықтық реформалар ұқсас екенін атап өтті.",
        "Қазақстандық делегация құрамына Жоғарғы сот судьясы Мадияр Балкен кірді.",
      ],
      notes: ["Forms in the text: Жоғарғы сотының (2), Жоғарғы сот (1)"],
    });
    expect(summary(kazakh("judge")[0]!).notes).toEqual(["Forms in the text: судьясы (2)"]);
    // The form found in the title line, with its sentence (the line itself).
    expect(summary(kazakh("chairperson-of-the-supreme-court")[0]!)).toMatchObject({ contexts: [TITLE], notes: ["Forms in the text: Жоғарғы сот төрағасының (1)"] });
    // ҚР reads as the abbreviation, a variant of Қазақстан Республикасы: filed under it.
    const kz = kazakh("republic-of-kazakhstan").map(summary);
    expect(kz.find((t) => t.term === "ҚР")?.notes).toEqual(["Forms in the text: ҚР (2)"]);
    expect(kz[0]?.contexts).toEqual([]);
  });

  it("downloads as CSV one row per entry, with the forms counted and the sentences, in Cyrillic from the Latin view too", async () => {
    await page.getByRole("button", { name: "Латын (2021)" }).click();
    await page.locator('h2[lang="kk-Latn"]').waitFor();
    const { download, text } = await exportAs(page, "csv");
    expect(download.suggestedFilename()).toBe(`${FILE_BASE}.csv`);
    const records: Record<string, string>[] = parse(text, { bom: true, columns: true });
    expect(records.map((r) => r.id).sort()).toEqual([...ENTRIES].sort());
    const supreme = records.find((r) => r.id === "supreme-court")!;
    expect(supreme.kk_forms_in_text).toBe("Жоғарғы сотының (2); Жоғарғы сот (1)");
    expect(supreme.kk_sentences?.split("\n")).toContain("Қазақстандық делегация құрамына Жоғарғы сот судьясы Мадияр Балкен кірді.");
    expect(supreme.kk_sentences).not.toMatch(/[A-Za-z]/);
    await page.getByRole("button", { name: "Кирилл" }).click();
  });

  it("downloads as JSON every occurrence with its form, sentence and paragraph", async () => {
    const { download, text } = await exportAs(page, "json");
    expect(download.suggestedFilename()).toBe(`${FILE_BASE}.json`);
    const entries = JSON.parse(text) as { id: string; occurrences: { form: string; sentence: string; paragraph: number }[] }[];
    expect(entries.map((e) => e.id).sort()).toEqual([...ENTRIES].sort());
    const judge = entries.find((e) => e.id === "judge")!;
    expect(judge.occurrences.map((o) => [o.form, o.paragraph])).toEqual([
      ["судьясы", 3],
      ["судьясы", 3],
    ]);
    for (const o of judge.occurrences) expect(o.sentence).toContain(o.form);
    await page.getByText("7 термин JSON пішімінде экспортталды.").waitFor();
  });

  it("sent nothing while the files were made: the page only fetched the writers' script", () => {
    expect(requests.some((r) => r.startsWith(`GET ${BASE_URL}/_next/static/chunks/`))).toBe(true);
    for (const request of requests) expect(request).toMatch(new RegExp(`^GET ${BASE_URL}/`));
  });
});

describe("without JavaScript", () => {
  it("says that the project glossary export needs it", async () => {
    const page = await browser().newPage({ javaScriptEnabled: false });
    await page.goto(`${BASE_URL}/kk/annotate`, { waitUntil: "networkidle" });
    await page.fill("#annotate-text", TEXT);
    await Promise.all([page.waitForLoadState("load"), page.click('form button[type="submit"]')]);
    await page.locator('[data-annotated] [data-term="supreme-court"]').first().waitFor();
    await page.getByText("экспорттау үшін JavaScript қажет").waitFor();
    expect(await page.getByRole("button", { name: "Жоба глоссарийін экспорттау" }).count()).toBe(0);
    await page.close();
  });
});
