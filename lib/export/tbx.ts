// The glossary as TBX-Basic, the exchange format translation tools import. Two flavours from one
// walk over the entries: TBX v3 (ISO 30042:2019, DCA style: tbx / conceptEntry / langSec /
// termSec), the default, and TBX v2 (ISO 30042:2008, `martif` / termEntry / langSet / tig) for
// older CAT tools. Per entry: subject fields, sources, the review status; per language: the
// definition, the note, cross references carrying the related entry's term; per term: its
// usage status, type, part of speech, the full form an abbreviation stands for, and a context
// sentence from the articles where one is known.
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import { NO_CONTEXTS, type ContextOf } from "@/lib/export/contexts";
import { namesOf, type TermName } from "@/lib/glossary/names";
import { LANGS, type GlossaryEntry, type Lang, type Status, type UsageStatus } from "@/lib/glossary/schema";

export const TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2";
export const TBX_VERSIONS = ["3", "2"] as const;
export type TbxVersion = (typeof TBX_VERSIONS)[number];

export interface TbxOptions {
  title?: string;
  /** "3" (default): TBX v3, DCA style. "2": the older `martif` document. */
  version?: TbxVersion;
  /** A context sentence for a name, where the articles have one. */
  contextOf?: ContextOf;
}

const ADMINISTRATIVE_STATUS: Record<UsageStatus, string> = {
  preferred: "preferredTerm-admn-sts",
  admitted: "admittedTerm-admn-sts",
  deprecated: "deprecatedTerm-admn-sts",
};

/** TBX-Basic's termType values for ours. */
const TERM_TYPE: Record<TermName["type"], string> = {
  fullForm: "fullForm",
  abbreviation: "abbreviation",
  shortForm: "shortForm",
  phrase: "phrase",
};

/** The entry's review status as TBX's processStatus: only a reviewed entry is finalized. */
const PROCESS_STATUS: Record<Status, string> = { reviewed: "finalized", draft: "provisionallyProcessed" };

/** Element names of the two flavours; everything else is the same. */
const ELEMENTS = {
  "3": { root: "tbx", header: "tbxHeader", entry: "conceptEntry", lang: "langSec", term: "termSec" },
  "2": { root: "martif", header: "martifHeader", entry: "termEntry", lang: "langSet", term: "tig" },
} as const;

/** A term's id inside the file, for an abbreviation's pointer to its full form. */
const termId = (entryId: string, lang: Lang, index: number) => `${entryId}-${lang}-${index}`;

export function glossaryToTbx(entries: readonly GlossaryEntry[], options: TbxOptions = {}): string {
  const version = options.version ?? "3";
  const el = ELEMENTS[version];
  const contextOf = options.contextOf ?? NO_CONTEXTS;
  const byId = new Map(entries.map((e) => [e.id, e]));
  const rootAttributes: Record<string, string> = version === "3" ? { type: "TBX-Basic", style: "dca", "xml:lang": "en" } : { type: "TBX-Basic", "xml:lang": "en" };
  const document = create({ version: "1.0", encoding: "UTF-8" });
  const root = version === "3" ? document.ele(TBX_NAMESPACE, el.root, rootAttributes) : document.ele(el.root, rootAttributes);
  root
    .ele(el.header)
    .ele("fileDesc")
    .ele("sourceDesc")
    .ele("p")
    .txt(options.title ?? "Zan Reader: Kazakh–Russian–English legal glossary");

  const body = root.ele("text").ele("body");
  for (const entry of entries) {
    const concept = body.ele(el.entry, { id: entry.id });
    for (const domain of entry.domains) concept.ele("descrip", { type: "subjectField" }).txt(domain);
    for (const source of entry.sources) concept.ele("admin", { type: "source" }).txt(source);
    for (const lang of LANGS) {
      const block = entry[lang];
      const langSec = concept.ele(el.lang, { "xml:lang": lang });
      if (block.definition) langSec.ele("descrip", { type: "definition" }).txt(block.definition);
      if (block.note) langSec.ele("note").txt(block.note);
      for (const related of entry.related) {
        // A cross reference points inside the file and reads as the related entry's term;
        // unknown ids are `glossary check`'s errors.
        const target = byId.get(related);
        if (target) langSec.ele("ref", { type: "crossReference", target: related }).txt(target[lang].term);
      }
      const names = namesOf(block);
      names.forEach((name, index) => {
        termSection(langSec.ele(el.term), { entry, lang, name, index, names, context: contextOf(entry.id, lang, name.text) });
      });
    }
  }
  return root.end({ prettyPrint: true });
}

function termSection(
  section: XMLBuilder,
  { entry, lang, name, index, names, context }: { entry: GlossaryEntry; lang: Lang; name: TermName; index: number; names: readonly TermName[]; context: string | undefined },
): void {
  section.ele("term", { id: termId(entry.id, lang, index) }).txt(name.text);
  section.ele("termNote", { type: "administrativeStatus" }).txt(ADMINISTRATIVE_STATUS[name.usage]);
  section.ele("termNote", { type: "termType" }).txt(TERM_TYPE[name.type]);
  section.ele("termNote", { type: "partOfSpeech" }).txt(name.pos);
  section.ele("termNote", { type: "processStatus" }).txt(PROCESS_STATUS[entry.status]);
  if (name.fullForm !== undefined) {
    const full = names.findIndex((n) => n.text === name.fullForm);
    if (full >= 0) section.ele("ref", { type: "crossReference", target: termId(entry.id, lang, full) }).txt(name.fullForm);
  }
  if (context) section.ele("descrip", { type: "context" }).txt(context);
  if (name.note) section.ele("note").txt(name.note);
}
