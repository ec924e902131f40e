/** @jest-environment jsdom */
// A text's project glossary as the annotate page makes it in the browser: the real action marks a
// Kazakh text (sentences from the articles) with the real glossary, and the file holds just the
// entries found, each with the forms the text has of it, counted, and their sentences, filed
// under the name each form reads as (ҚР is a variant of Қазақстан Республикасы). The TBX is
// parsed with jsdom's XML parser, the CSV with csv-parse.
import "./jsdom-polyfills";
import { parse } from "csv-parse/sync";
import { annotateText } from "@/app/[locale]/annotate/actions";
import { INITIAL_STATE, type AnnotateResult } from "@/components/annotate/state";
import { projectFileName, projectGlossaryFile } from "@/components/library/project-glossary";
import type { ExportedProjectEntry } from "@/lib/export/json";

jest.setTimeout(20_000);

const TEXT = [
  "Жоғарғы сот төрағасының сапары",
  "ҚР Жоғарғы сотының төрағасы Қайрат Мәми Бейжің қаласының Жоғары дәрежелі халық сотында да болды.",
  "ҚР Жоғарғы сотының судьясы Мадияр Балкен Қазақстан мен Қытайда сот-құқықтық реформалар ұқсас екенін атап өтті. Қазақстандық делегация құрамына Жоғарғы сот судьясы Мадияр Балкен кірді.",
].join("\n\n");

let result: AnnotateResult;
beforeAll(async () => {
  const form = new FormData();
  form.set("text", TEXT);
  form.set("lang", "kk");
  const state = await annotateText(INITIAL_STATE, form);
  if (!state.result) throw new Error(`the text was not marked: ${JSON.stringify(state.problem)}`);
  result = state.result;
});

const file = (format: "tbx" | "csv" | "json") => projectGlossaryFile(result, "kk", "Жоғарғы сот: сапар / 2016", format);

function parseXml(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  const error = document.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return document;
}
const kazakhTermSecs = (concept: Element) => [...concept.querySelectorAll(":scope > langSec")].find((l) => l.getAttribute("xml:lang") === "kk")!.querySelectorAll(":scope > termSec");
const childTexts = (parent: Element, selector: string) => [...parent.querySelectorAll(`:scope > ${selector}`)].map((e) => e.textContent);

describe("a text's project glossary", () => {
  it("is named after the text's title", () => {
    expect(file("tbx").name).toBe("project-Жоғарғы-сот-сапар-2016.tbx");
    expect(projectFileName("?!", "json")).toBe("project-text.json");
  });

  it("holds in TBX just the entries of the text, with the sentences and forms of each name that occurred", () => {
    const { text, type, entries } = file("tbx");
    expect(type).toBe("application/x-tbx");
    const document = parseXml(text);
    const ids = [...document.querySelectorAll("conceptEntry")].map((c) => c.getAttribute("id"));
    expect(ids).toEqual(result.terms.map((t) => t.id));
    expect(new Set(ids)).toEqual(new Set(["supreme-court", "chairperson-of-the-supreme-court", "higher-peoples-court", "republic-of-kazakhstan", "judicial-legal-reform", "judge", "chairperson"]));
    expect(entries).toBe(7);

    const supreme = document.querySelector('conceptEntry[id="supreme-court"]')!;
    const [term] = kazakhTermSecs(supreme);
    expect(childTexts(term!, "term")).toEqual(["Жоғарғы Сот"]);
    expect(childTexts(term!, 'descrip[type="context"]')).toEqual([
      "ҚР Жоғарғы сотының төрағасы Қайрат Мәми Бейжің қаласының Жоғары дәрежелі халық сотында да болды.",
      "ҚР Жоғарғы сотының судьясы Мадияр Балкен Қазақстан мен Қытайда сот-құқықтық реформалар ұқсас екенін атап өтті.",
      "Қазақстандық делегация құрамына Жоғарғы сот судьясы Мадияр Балкен кірді.",
    ]);
    expect(childTexts(term!, "note")).toContain("Forms in the text: Жоғарғы сотының (2), Жоғарғы сот (1)");
    // Its sources travel with it; a related entry the text does not have (court) is left out.
    expect(childTexts(supreme, 'admin[type="source"]')).toContain("Конституция Республики Казахстан");
    expect([...supreme.querySelectorAll("langSec > ref")].map((r) => r.getAttribute("target"))).toEqual([]);
    const chair = document.querySelector('conceptEntry[id="chairperson"]')!;
    expect([...new Set([...chair.querySelectorAll("langSec > ref")].map((r) => r.getAttribute("target")))]).toEqual(["judge", "supreme-court"]);

    // ҚР is the abbreviation, a variant: its sentences go to its own termSec, not the full name's.
    const names = [...kazakhTermSecs(document.querySelector('conceptEntry[id="republic-of-kazakhstan"]')!)];
    const abbreviation = names.find((t) => childTexts(t, "term")[0] === "ҚР")!;
    expect(childTexts(abbreviation, "note")).toEqual(["Forms in the text: ҚР (2)"]);
    expect(childTexts(abbreviation, 'descrip[type="context"]')).toHaveLength(2);
    expect(childTexts(names[0]!, 'descrip[type="context"]')).toEqual([]);
  });

  it("holds in CSV one row per entry of the text, with its forms counted and its sentences", () => {
    const { text, type } = file("csv");
    expect(type).toBe("text/csv");
    const records: Record<string, string>[] = parse(text, { bom: true, columns: true });
    expect(records.map((r) => r.id)).toEqual(result.terms.map((t) => t.id));
    const supreme = records.find((r) => r.id === "supreme-court")!;
    expect(supreme.kk_forms_in_text).toBe("Жоғарғы сотының (2); Жоғарғы сот (1)");
    expect(supreme.kk_sentences?.split("\n")).toHaveLength(3);
    expect(records.find((r) => r.id === "judge")?.kk_forms_in_text).toBe("судьясы (2)");
  });

  it("holds in JSON every occurrence with its form, name, sentence and paragraph", () => {
    const { text, type } = file("json");
    expect(type).toBe("application/json");
    const entries = JSON.parse(text) as ExportedProjectEntry[];
    expect(entries.map((e) => e.id)).toEqual(result.terms.map((t) => t.id));
    const supreme = entries.find((e) => e.id === "supreme-court")!;
    expect(supreme.occurrences.map((o) => [o.form, o.name, o.paragraph])).toEqual([
      ["Жоғарғы сотының", "Жоғарғы Сот", 2],
      ["Жоғарғы сотының", "Жоғарғы Сот", 3],
      ["Жоғарғы сот", "Жоғарғы Сот", 3],
    ]);
    expect(supreme.forms).toEqual([
      { lang: "kk", form: "Жоғарғы сотының", name: "Жоғарғы Сот", count: 2 },
      { lang: "kk", form: "Жоғарғы сот", name: "Жоғарғы Сот", count: 1 },
    ]);
    // The same counts the page shows in its list of terms.
    for (const entry of entries) expect(entry.occurrences.length).toBe(result.terms.find((t) => t.id === entry.id)?.count);
  });
});
