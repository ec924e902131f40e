// The glossary as TBX-Basic (ISO 30042:2019, DCA style), the exchange format translation tools
// import: one conceptEntry per entry, a langSec per language with its definition, the
// preferred term and each variant (as an admitted term) in their own termSec.
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import { LANGS, type GlossaryEntry } from "@/lib/glossary/schema";

export const TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2";

export interface TbxOptions {
  title?: string;
}

function termSec(parent: XMLBuilder, term: string, status: "preferredTerm-admn-sts" | "admittedTerm-admn-sts"): void {
  const section = parent.ele("termSec");
  section.ele("term").txt(term);
  section.ele("termNote", { type: "administrativeStatus" }).txt(status);
}

export function glossaryToTbx(entries: readonly GlossaryEntry[], options: TbxOptions = {}): string {
  const ids = new Set(entries.map((e) => e.id));
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(TBX_NAMESPACE, "tbx", {
    type: "TBX-Basic",
    style: "dca",
    "xml:lang": "en",
  });
  root
    .ele("tbxHeader")
    .ele("fileDesc")
    .ele("sourceDesc")
    .ele("p")
    .txt(options.title ?? "Zan Reader: Kazakh–Russian–English legal glossary");

  const body = root.ele("text").ele("body");
  for (const entry of entries) {
    const concept = body.ele("conceptEntry", { id: entry.id });
    for (const domain of entry.domains) concept.ele("descrip", { type: "subjectField" }).txt(domain);
    for (const source of entry.sources) concept.ele("admin", { type: "source" }).txt(source);
    for (const related of entry.related) {
      // A cross reference must point inside the file; unknown ids are reported by `glossary check`.
      if (ids.has(related)) concept.ele("ref", { type: "crossReference", target: related }).txt(related);
    }
    for (const lang of LANGS) {
      const block = entry[lang];
      const langSec = concept.ele("langSec", { "xml:lang": lang });
      if (block.definition) langSec.ele("descrip", { type: "definition" }).txt(block.definition);
      if (block.note) langSec.ele("note").txt(block.note);
      termSec(langSec, block.term, "preferredTerm-admn-sts");
      for (const variant of block.variants) termSec(langSec, variant, "admittedTerm-admn-sts");
    }
  }
  return root.end({ prettyPrint: true });
}
