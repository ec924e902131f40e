// The glossary as TBX-Basic, the exchange format translation tools import. Two flavours from one
// walk over the entries: TBX v3 (ISO 30042:2019, DCA style: tbx / conceptEntry / langSec /
// termSec), the default, and TBX v2 (ISO 30042:2008, `martif` / termEntry / langSet / tig) for
// older CAT tools. Per entry: subject fields, sources, the review status; per language: the
// definition, the note, cross references carrying the related entry's term; per term: its
// usage status, type, part of speech, the full form an abbreviation stands for, and a context
// sentence from the articles where one is known.
//
// The same writer makes a project glossary, just the entries of a translator's own text (in the
// browser, from the annotated text): each name of the text's language that occurred there gets a
// `descrip type="context"` per sentence it occurred in — TBX-Basic's context, a term-level data
// category, so it sits in the name's termSec — and a `note` listing the forms it took in the text
// with their counts (TBX-Basic has no data category for an inflected form; a note is its
// free-text place). A form is filed under the name it reads as; the preferred term when that
// name is not among the entry's. The XML is written by xml.ts through fast-xml-builder, small
// enough for the browser.
//
// Only the type: contexts.ts runs the term engine, which never goes to the browser.
import type { ContextOf } from "@/lib/export/contexts";
import { namesOf, type TermName } from "@/lib/glossary/names";
import { LANGS, type Lang } from "@/lib/glossary/langs";
import type { EntryOf, Status, UsageStatus } from "@/lib/glossary/schema";
import { distinctSentences, formCounts, formsLine, type TextOccurrence, type TextOccurrences } from "./occurrences";
import { child, element, xmlDocument, type XmlElement } from "./xml";

export const TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2";
export const TBX_VERSIONS = ["3", "2"] as const;
export type TbxVersion = (typeof TBX_VERSIONS)[number];

export interface TbxOptions<Code extends string = Lang> {
  /** The content languages to give a language section to (the built-in ones by default). */
  langs?: readonly Code[];
  title?: string;
  /** "3" (default): TBX v3, DCA style. "2": the older `martif` document. */
  version?: TbxVersion;
  /** A context sentence for a name, where the articles have one. */
  contextOf?: ContextOf;
  /** A project glossary: where each entry occurred in the text. */
  occurrences?: TextOccurrences;
}

/** The note that lists a name's forms in the text. */
export const FORMS_NOTE_PREFIX = "Forms in the text: ";

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
const termId = (entryId: string, lang: string, index: number) => `${entryId}-${lang}-${index}`;

export function glossaryToTbx<Code extends string = Lang>(entries: readonly EntryOf<NoInfer<Code>>[], options: TbxOptions<Code> = {}): string {
  const langs = options.langs ?? (LANGS as readonly string[] as readonly Code[]);
  const version = options.version ?? "3";
  const el = ELEMENTS[version];
  const contextOf: ContextOf = options.contextOf ?? (() => undefined);
  const { occurrences } = options;
  const byId = new Map(entries.map((e) => [e.id, e]));
  const root =
    version === "3"
      ? element(el.root, { xmlns: TBX_NAMESPACE, type: "TBX-Basic", style: "dca", "xml:lang": "en" })
      : element(el.root, { type: "TBX-Basic", "xml:lang": "en" });
  const sourceDesc = child(child(child(root, el.header), "fileDesc"), "sourceDesc");
  child(sourceDesc, "p", {}, options.title ?? "Zan Reader: Kazakh–Russian–English legal glossary");

  const body = child(child(root, "text"), "body");
  for (const entry of entries) {
    const concept = child(body, el.entry, { id: entry.id });
    for (const domain of entry.domains) child(concept, "descrip", { type: "subjectField" }, domain);
    for (const source of entry.sources) child(concept, "admin", { type: "source" }, source);
    for (const lang of langs) {
      const block = entry[lang];
      const langSec = child(concept, el.lang, { "xml:lang": lang });
      if (block.definition) child(langSec, "descrip", { type: "definition" }, block.definition);
      if (block.note) child(langSec, "note", {}, block.note);
      for (const related of entry.related) {
        // A cross reference points inside the file and reads as the related entry's term;
        // unknown ids are `glossary check`'s errors (and a project glossary leaves out the
        // entries its text does not have).
        const target = byId.get(related);
        if (target) child(langSec, "ref", { type: "crossReference", target: related }, target[lang].term);
      }
      const names = namesOf(block);
      const found = occurrences?.lang === lang ? byName(names, occurrences.of(entry.id)) : undefined;
      names.forEach((name, index) => {
        termSection(child(langSec, el.term), { entry, lang, name, index, names, context: contextOf(entry.id, lang, name.text), found: found?.[index] ?? [] });
      });
    }
  }
  return xmlDocument(root);
}

/** The occurrences of each name, by the name's index; a form of no known name goes to the term. */
function byName(names: readonly TermName[], occurrences: readonly TextOccurrence[]): TextOccurrence[][] {
  const found = names.map((): TextOccurrence[] => []);
  for (const o of occurrences) found[Math.max(0, names.findIndex((n) => n.text === o.name))]?.push(o);
  return found;
}

function termSection(
  section: XmlElement,
  {
    entry,
    lang,
    name,
    index,
    names,
    context,
    found,
  }: { entry: Pick<EntryOf<Lang>, "id" | "status">; lang: string; name: TermName; index: number; names: readonly TermName[]; context: string | undefined; found: readonly TextOccurrence[] },
): void {
  child(section, "term", { id: termId(entry.id, lang, index) }, name.text);
  child(section, "termNote", { type: "administrativeStatus" }, ADMINISTRATIVE_STATUS[name.usage]);
  child(section, "termNote", { type: "termType" }, TERM_TYPE[name.type]);
  child(section, "termNote", { type: "partOfSpeech" }, name.pos);
  child(section, "termNote", { type: "processStatus" }, PROCESS_STATUS[entry.status]);
  if (name.fullForm !== undefined) {
    const full = names.findIndex((n) => n.text === name.fullForm);
    if (full >= 0) child(section, "ref", { type: "crossReference", target: termId(entry.id, lang, full) }, name.fullForm);
  }
  if (context) child(section, "descrip", { type: "context" }, context);
  for (const sentence of distinctSentences(found)) child(section, "descrip", { type: "context" }, sentence);
  if (name.note) child(section, "note", {}, name.note);
  if (found.length > 0) child(section, "note", {}, `${FORMS_NOTE_PREFIX}${formsLine(formCounts(found), ", ")}`);
}
