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
    const terms = list(ru?.termSec).map((t) => [text(t.term), list(t.termNote).map(text)]);
    expect(terms).toEqual([
      ["суд присяжных", ["preferredTerm-admn-sts"]],
      ["суд с участием присяжных", ["admittedTerm-admn-sts"]],
      ["СП", ["admittedTerm-admn-sts"]],
    ]);
    expect(list(langSecs[2]?.descrip).map(text)).toEqual(["A trial in which jurors decide guilt; the judge, <the sentence> & costs."]);
  });

  it("leaves out a definition a draft does not have, and cross references to ids outside the file", () => {
    const court = concepts[1];
    expect(list(court?.langSec)[0]?.descrip).toBeUndefined();
    expect(list(concepts[0]?.ref).map((r) => r["@target"])).toEqual(["court"]);
    expect(list(court?.ref).map((r) => r["@target"])).toEqual(["jury-trial"]);
  });
});
