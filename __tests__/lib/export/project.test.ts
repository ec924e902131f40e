/** @jest-environment jsdom */
// A project glossary through the export writers: only the entries given (those found in a text),
// each with the forms it took in the text, their counts and the sentences they occurred in — in
// TBX (a context per sentence and a note of the forms, in the termSec of the name each form reads
// as), in CSV (two more columns) and in JSON (forms and occurrences). The TBX is parsed with
// jsdom's XML parser, which refuses anything not well-formed.
import { parse } from "csv-parse/sync";
import { CSV_COLUMNS, glossaryToCsv } from "@/lib/export/csv";
import { glossaryToJson, type ExportedProjectEntry } from "@/lib/export/json";
import type { TextOccurrence, TextOccurrences } from "@/lib/export/occurrences";
import { FORMS_NOTE_PREFIX, glossaryToTbx } from "@/lib/export/tbx";
import { entrySchema } from "@/lib/glossary/schema";
import rawEntries from "@/__tests__/fixtures/export-entries.json";

const [jury] = rawEntries.map((raw) => entrySchema.parse(raw));
const JURY = jury!;

const FOUND: TextOccurrence[] = [
  { form: "алқабилер сотының", name: "алқабилер соты", sentence: "Бүгін алқабилер сотының отырысы өтті.", paragraph: 1 },
  { form: "алқабилер соты", name: "алқабилер соты", sentence: "Кеше алқабилер соты & <жұмыс> істеді.", paragraph: 2 },
  { form: "алқабилер қатысатын соттың", name: "алқабилер қатысатын сот", sentence: "Ол алқабилер қатысатын соттың\nшешімі.", paragraph: 3 },
  // The same sentence again: one context in the TBX, one line in the CSV.
  { form: "алқабилер сотының", name: "алқабилер соты", sentence: "Бүгін алқабилер сотының отырысы өтті.", paragraph: 1 },
];
const occurrences: TextOccurrences = { lang: "kk", of: (id) => (id === "jury-trial" ? FOUND : []) };

function parseXml(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  const error = document.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return document;
}
const texts = (parent: Element, selector: string) => [...parent.querySelectorAll(`:scope > ${selector}`)].map((e) => e.textContent);

describe("a project glossary in TBX", () => {
  const xml = glossaryToTbx([JURY], { title: "Zan Reader: project glossary of “Сот & <іс>”", occurrences });
  const document = parseXml(xml);

  it("holds only the entries given, and no cross reference to one left out", () => {
    expect([...document.querySelectorAll("conceptEntry")].map((c) => c.getAttribute("id"))).toEqual(["jury-trial"]);
    // jury-trial is related to court, which the text does not have.
    expect(document.querySelectorAll("langSec > ref")).toHaveLength(0);
    expect(document.querySelector("sourceDesc > p")?.textContent).toBe("Zan Reader: project glossary of “Сот & <іс>”");
  });

  it("gives each Kazakh name the sentences it occurred in as contexts, and its forms with their counts in a note", () => {
    const kk = [...document.querySelectorAll("langSec")].find((l) => l.getAttribute("xml:lang") === "kk")!;
    const [term, variant] = [...kk.querySelectorAll(":scope > termSec")];
    expect(texts(term!, "term")).toEqual(["алқабилер соты"]);
    expect(texts(term!, 'descrip[type="context"]')).toEqual(["Бүгін алқабилер сотының отырысы өтті.", "Кеше алқабилер соты & <жұмыс> істеді."]);
    expect(texts(term!, "note")).toEqual([`${FORMS_NOTE_PREFIX}алқабилер сотының (2), алқабилер соты (1)`]);
    expect(texts(variant!, "term")).toEqual(["алқабилер қатысатын сот"]);
    // A sentence over a line break comes on one line.
    expect(texts(variant!, 'descrip[type="context"]')).toEqual(["Ол алқабилер қатысатын соттың шешімі."]);
    expect(texts(variant!, "note")).toEqual([`${FORMS_NOTE_PREFIX}алқабилер қатысатын соттың (1)`]);
  });

  it("leaves the other languages' terms as the whole glossary has them", () => {
    const others = [...document.querySelectorAll("termSec")].filter((t) => t.parentElement?.getAttribute("xml:lang") !== "kk");
    expect(others.length).toBe(4);
    for (const t of others) expect(t.querySelectorAll('descrip[type="context"], note')).toHaveLength(0);
  });

  it("is the whole glossary's document with those additions only", () => {
    const plain = glossaryToTbx([JURY], { title: "Zan Reader: project glossary of “Сот & <іс>”" });
    const added = xml.split("\n").filter((line) => !plain.split("\n").includes(line));
    expect(added.map((line) => line.trim().replace(/>.*</, ">…<"))).toEqual([
      '<descrip type="context">…</descrip>',
      '<descrip type="context">…</descrip>',
      "<note>…</note>",
      '<descrip type="context">…</descrip>',
      "<note>…</note>",
    ]);
  });

  it("files a form of a name the entry does not have under its term", () => {
    const stray: TextOccurrences = { lang: "kk", of: () => [{ form: "алқа соты", name: "алқа соты", sentence: "Алқа соты.", paragraph: 1 }] };
    const [term] = [...parseXml(glossaryToTbx([JURY], { occurrences: stray })).querySelectorAll("termSec")];
    expect(texts(term!, 'descrip[type="context"]')).toEqual(["Алқа соты."]);
  });

  it("stays well-formed when the pasted text holds characters XML cannot carry", () => {
    const odd: TextOccurrences = { lang: "kk", of: () => [{ form: "алқабилер соты", name: "алқабилер соты", sentence: "Бел\u0007гі \uD800 және ]]> алқабилер соты.", paragraph: 1 }] };
    const [term] = [...parseXml(glossaryToTbx([JURY], { occurrences: odd })).querySelectorAll("termSec")];
    expect(texts(term!, 'descrip[type="context"]')).toEqual(["Бел\uFFFDгі \uFFFD және ]]> алқабилер соты."]);
  });
});

describe("a project glossary in CSV", () => {
  const csv = glossaryToCsv([JURY], { occurrences });

  it("has the whole glossary's columns, then the forms in the text and the sentences", () => {
    const [header] = parse(csv, { bom: true }) as string[][];
    expect(header).toEqual([...CSV_COLUMNS, "kk_forms_in_text", "kk_sentences"]);
  });

  it("has one row for each entry given, with its forms counted and one sentence per line", () => {
    const records: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    expect(records.map((r) => r.id)).toEqual(["jury-trial"]);
    expect(records[0]?.kk_forms_in_text).toBe("алқабилер сотының (2); алқабилер соты (1); алқабилер қатысатын соттың (1)");
    expect(records[0]?.kk_sentences?.split("\n")).toEqual([
      "Бүгін алқабилер сотының отырысы өтті.",
      "Кеше алқабилер соты & <жұмыс> істеді.",
      "Ол алқабилер қатысатын соттың шешімі.",
    ]);
    expect(records[0]?.kk_term).toBe("алқабилер соты");
  });
});

describe("a project glossary in JSON", () => {
  const [entry, ...rest] = JSON.parse(glossaryToJson([JURY], { occurrences })) as ExportedProjectEntry[];

  it("gives each entry given its forms with counts and every occurrence with its sentence and paragraph", () => {
    expect(rest).toEqual([]);
    expect(entry?.id).toBe("jury-trial");
    expect(entry?.kk.term).toBe("алқабилер соты");
    expect(entry?.forms).toEqual([
      { lang: "kk", form: "алқабилер сотының", name: "алқабилер соты", count: 2 },
      { lang: "kk", form: "алқабилер соты", name: "алқабилер соты", count: 1 },
      { lang: "kk", form: "алқабилер қатысатын соттың", name: "алқабилер қатысатын сот", count: 1 },
    ]);
    expect(entry?.occurrences).toEqual(FOUND.map((o) => ({ lang: "kk", ...o })));
  });

  it("keeps the whole glossary's fields as they are", () => {
    const [whole] = JSON.parse(glossaryToJson([JURY])) as Record<string, unknown>[];
    const { forms, occurrences: found, ...same } = entry!;
    expect(forms.length + found.length).toBe(7);
    expect(same).toEqual(whole);
  });
});
