// The whole glossary's exports are what they were before the project glossary export came to
// share their writers: the files in __tests__/fixtures/export-golden were written by the writers
// of that time from the same entries (with a note holding quotes, a tab and a Windows line end,
// a title and context sentences with XML's special characters), and are compared byte for byte.
// The XML itself is now written through fast-xml-builder (lib/export/xml.ts), which writes " and '
// as entities where xmlbuilder2 left them: the TBX golden files of the xmlbuilder2 writer are kept
// in export-golden/xmlbuilder2, and today's read back as the same documents.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { XMLParser } from "fast-xml-parser";
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import { glossaryToCsv } from "@/lib/export/csv";
import { glossaryToJson } from "@/lib/export/json";
import { glossaryToTbx } from "@/lib/export/tbx";
import { xmlDocument, type XmlElement } from "@/lib/export/xml";
import { entrySchema } from "@/lib/glossary/schema";
import rawEntries from "@/__tests__/fixtures/export-entries.json";

const golden = (name: string) => readFileSync(path.join(__dirname, "../../fixtures/export-golden", name), "utf8");
const entries = () => rawEntries.map((raw) => entrySchema.parse(raw));
const noted = () =>
  entries().map((entry, i) => (i === 0 ? { ...entry, ru: { ...entry.ru, note: 'Note with "quotes" & <b> and\ttab\r\nCRLF \u00a0 \u2028 > ]]>' } } : entry));

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: false, parseTagValue: false, parseAttributeValue: false });

describe("the whole glossary's exports", () => {
  it.each(["glossary.tbx", "glossary-contexts.tbx", "glossary-v2.tbx"])("%s reads back as the document xmlbuilder2 wrote", (name) => {
    expect(golden(name)).not.toBe(golden(`xmlbuilder2/${name}`));
    expect(parser.parse(golden(name))).toEqual(parser.parse(golden(`xmlbuilder2/${name}`)));
  });

  it("write the same TBX v3 as before, byte for byte", () => {
    expect(glossaryToTbx(entries())).toBe(golden("glossary.tbx"));
  });

  it("write the same TBX with a title and context sentences holding & < > and quotes", () => {
    const xml = glossaryToTbx(noted(), { title: 'T "&<>', contextOf: (_id, lang, name) => (lang === "kk" ? `ctx ${name} & "q" <x>` : undefined) });
    expect(xml).toBe(golden("glossary-contexts.tbx"));
  });

  it("write the same TBX v2", () => {
    expect(glossaryToTbx(noted(), { version: "2" })).toBe(golden("glossary-v2.tbx"));
  });

  it("write the same CSV and JSON", () => {
    expect(glossaryToCsv(noted())).toBe(golden("glossary.csv"));
    expect(glossaryToJson(noted())).toBe(golden("glossary.json"));
  });
});

// The same tree through xmlbuilder2, as the TBX writer used to build it.
function viaXmlbuilder2(root: XmlElement): string {
  const add = (parent: XMLBuilder, node: XmlElement) => {
    const element = parent.ele(node.name, node.attributes);
    if (typeof node.children === "string") element.txt(node.children);
    else for (const c of node.children) add(element, c);
  };
  const document = create({ version: "1.0", encoding: "UTF-8" });
  add(document, root);
  return document.end({ prettyPrint: true });
}

// Text as XML can carry it (no control characters but tab, line feed and carriage return, no
// lone surrogates); attribute values without whitespace controls, which xmlbuilder2 leaves as
// they are and xml.ts writes as character references (a parser would turn them into spaces).
const xmlText = fc.string({ unit: "grapheme", maxLength: 12 }).filter((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(s));
const NAMES = ["termSec", "descrip", "note", "term", "p", "ref"];
const tree: fc.Arbitrary<XmlElement> = fc.letrec<{ node: XmlElement }>((tie) => ({
  node: fc.record({
    name: fc.constantFrom(...NAMES),
    attributes: fc.dictionary(fc.constantFrom("id", "type", "target", "xml:lang"), xmlText.map((s) => s.replace(/[\t\n\r]/g, " ")), { maxKeys: 2, noNullPrototype: true }),
    children: fc.oneof({ depthSize: "small" }, xmlText, fc.array(tie("node"), { maxLength: 3 })),
  }),
})).node;

const hasQuote = (node: XmlElement): boolean =>
  [...Object.values(node.attributes), typeof node.children === "string" ? node.children : ""].some((v) => /["']/.test(v)) ||
  (typeof node.children !== "string" && node.children.some(hasQuote));

describe("xml.ts", () => {
  it("writes any tree of elements and texts as xmlbuilder2's pretty printer did", () => {
    fc.assert(fc.property(tree.filter((root) => !hasQuote(root)), (root) => xmlDocument(root) === viaXmlbuilder2(root)), { numRuns: 300 });
  });

  it("writes a document that reads back as xmlbuilder2's, quotes and apostrophes included", () => {
    fc.assert(fc.property(tree, (root) => expect(parser.parse(xmlDocument(root))).toEqual(parser.parse(viaXmlbuilder2(root)))), { numRuns: 300 });
    expect(xmlDocument({ name: "p", attributes: { id: "a'b\"c" }, children: "x'\"" })).toContain(`<p id="a&apos;b&quot;c">x&apos;&quot;</p>`);
  });

  it("replaces what XML cannot carry in a text and refuses a line break in an attribute", () => {
    expect(xmlDocument({ name: "p", attributes: {}, children: "a\u0001b\uD800" })).toContain("<p>a\uFFFDb\uFFFD</p>");
    expect(() => xmlDocument({ name: "p", attributes: { id: "a\nb" }, children: "" })).toThrow(/cannot hold a tab or line break/);
  });
});
