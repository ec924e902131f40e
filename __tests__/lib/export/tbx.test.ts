import { XMLParser } from "fast-xml-parser";
import { glossaryToTbx } from "@/lib/export/tbx";
import { entrySchema } from "@/lib/glossary/schema";
import rawEntries from "@/__tests__/fixtures/export-entries.json";

const sampleEntries = () => rawEntries.map((raw) => entrySchema.parse(raw));

const ARRAYS = new Set(["conceptEntry", "langSec", "termSec", "descrip", "ref", "admin", "termNote"]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  isArray: (name) => ARRAYS.has(name),
});

interface Node { [key: string]: unknown }
const asNode = (value: unknown): Node => (value && typeof value === "object" ? (value as Node) : {});
const list = (value: unknown): Node[] => (Array.isArray(value) ? value.map(asNode) : []);
const text = (value: unknown): string => String(asNode(value)["#text"] ?? value);

describe("glossaryToTbx", () => {
  const xml = glossaryToTbx(sampleEntries());
  const doc = asNode(parser.parse(xml));
  const tbx = asNode(doc.tbx);
  const concepts = list(asNode(asNode(tbx.text).body).conceptEntry);

  it("is a TBX-Basic document in the ISO 30042 namespace", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(tbx["@type"]).toBe("TBX-Basic");
    expect(tbx["@style"]).toBe("dca");
    expect(tbx["@xml:lang"]).toBe("en");
    expect(tbx["@xmlns"]).toBe("urn:iso:std:iso:30042:ed-2");
    expect(asNode(asNode(tbx.tbxHeader).fileDesc).sourceDesc).toBeDefined();
  });

  it("has one concept entry per glossary entry, with subject fields", () => {
    expect(concepts.map((c) => c["@id"])).toEqual(["jury-trial", "court"]);
    const subjects = list(concepts[0]?.descrip).filter((d) => d["@type"] === "subjectField").map(text);
    expect(subjects).toEqual(["courts", "procedure"]);
  });

  it("gives each language a section with its definition, preferred term and admitted variants", () => {
    const langSecs = list(concepts[0]?.langSec);
    expect(langSecs.map((l) => l["@xml:lang"])).toEqual(["kk", "ru", "en"]);
    const ru = langSecs[1];
    expect(list(ru?.descrip).map((d) => [d["@type"], text(d)])).toEqual([
      ["definition", "Суд, в котором вопрос о виновности решают \"присяжные\",\nа наказание — судья."],
    ]);
    const notes = (t: Node) => Object.fromEntries(list(t.termNote).map((n) => [n["@type"], text(n)]));
    const terms = list(ru?.termSec).map((t) => [text(t.term), notes(t)]);
    expect(terms).toEqual([
      ["суд присяжных", { administrativeStatus: "preferredTerm-admn-sts", termType: "fullForm", partOfSpeech: "noun", processStatus: "finalized" }],
      ["суд с участием присяжных", { administrativeStatus: "admittedTerm-admn-sts", termType: "fullForm", partOfSpeech: "noun", processStatus: "finalized" }],
      ["СП", { administrativeStatus: "admittedTerm-admn-sts", termType: "abbreviation", partOfSpeech: "properNoun", processStatus: "finalized" }],
    ]);
    // The abbreviation points to its full form, the preferred term, by the term's id.
    const abbreviation = list(ru?.termSec)[2]!;
    expect(list(abbreviation.ref).map((r) => [r["@type"], r["@target"], text(r)])).toEqual([["crossReference", "jury-trial-ru-0", "суд присяжных"]]);
    expect(asNode(list(ru?.termSec)[0]!.term)["@id"]).toBe("jury-trial-ru-0");
    expect(list(langSecs[2]?.descrip).map(text)).toEqual(["A trial in which jurors decide guilt; the judge, <the sentence> & costs."]);
  });

  it("leaves out a definition a draft does not have, and cross references to ids outside the file", () => {
    const court = concepts[1];
    expect(list(court?.langSec)[0]?.descrip).toBeUndefined();
    const refs = (concept: Node | undefined, lang: number) => list(list(concept?.langSec)[lang]?.ref).map((r) => [r["@target"], text(r)]);
    // Each language's cross reference reads as the related entry's term in that language.
    expect(refs(concepts[0], 0)).toEqual([["court", "сот"]]);
    expect(refs(concepts[0], 2)).toEqual([["court", "court"]]);
    expect(refs(court, 1)).toEqual([["jury-trial", "суд присяжных"]]);
  });

  it("marks a draft's terms as provisionally processed", () => {
    const court = concepts[1];
    const status = list(list(list(court?.langSec)[0]?.termSec)[0]?.termNote).find((n) => n["@type"] === "processStatus");
    expect(text(status)).toBe("provisionallyProcessed");
  });

  it("gives a term the context sentence the articles have for that very name", () => {
    const withContext = glossaryToTbx(sampleEntries(), {
      contextOf: (id, lang, name) => (id === "jury-trial" && lang === "ru" && name === "СП" ? "Дело рассмотрел СП." : undefined),
    });
    const body = asNode(asNode(asNode(asNode(parser.parse(withContext)).tbx).text).body);
    const ru = list(list(body.conceptEntry)[0]?.langSec)[1];
    const contexts = list(ru?.termSec).map((t) => list(t.descrip).filter((d) => d["@type"] === "context").map(text));
    expect(contexts).toEqual([[], [], ["Дело рассмотрел СП."]]);
  });
});

describe("glossaryToTbx, TBX v2 (martif) for older tools", () => {
  const xml = glossaryToTbx(sampleEntries(), { version: "2" });
  const doc = asNode(new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", textNodeName: "#text", isArray: (name) => ["termEntry", "langSet", "tig", "descrip", "ref", "admin", "termNote"].includes(name) }).parse(xml));

  it("is a martif document of type TBX-Basic, with termEntry, langSet and tig", () => {
    const martif = asNode(doc.martif);
    expect(martif["@type"]).toBe("TBX-Basic");
    expect(martif["@xmlns"]).toBeUndefined();
    expect(asNode(asNode(martif.martifHeader).fileDesc).sourceDesc).toBeDefined();
    const entries = list(asNode(asNode(martif.text).body).termEntry);
    expect(entries.map((e) => e["@id"])).toEqual(["jury-trial", "court"]);
    const kk = list(entries[0]?.langSet)[0];
    expect(kk?.["@xml:lang"]).toBe("kk");
    expect(list(kk?.tig).map((t) => text(t.term))).toEqual(["алқабилер соты", "алқабилер қатысатын сот"]);
    expect(list(list(kk?.tig)[0]?.termNote).map((n) => n["@type"])).toEqual(["administrativeStatus", "termType", "partOfSpeech", "processStatus"]);
  });
});
