// The glossary as JSON: the command line's `export --format json` and /exports/glossary.json
// print exactly this (PRODUCT.md's contract: id, status, domains, kk/ru/en with term,
// variants and definition), each language also with its names' term-level data. A project
// glossary (the entries of one text) gives each entry two more fields: `forms`, each form that
// occurred in the text with its count, and `occurrences`, each occurrence with its form, the
// name it reads as, its sentence and paragraph.
import { namesOf, type TermName } from "@/lib/glossary/names";
import { LANGS, type Lang } from "@/lib/glossary/langs";
import type { GlossaryEntry, LangBlock } from "@/lib/glossary/schema";
import { formCounts, type FormCount, type TextOccurrence, type TextOccurrences } from "./occurrences";

/** One name with its term-level data, as namesOf works it out (the term first). */
export interface ExportedName {
  text: string;
  usage: TermName["usage"];
  type: TermName["type"];
  pos: TermName["pos"];
  caseSensitive: boolean;
  fullForm?: string;
  note?: string;
}

export interface ExportedLangBlock {
  term: string;
  variants: string[];
  /** null when the entry (a draft) has no definition in this language yet. */
  definition: string | null;
  note?: string;
  /** The term and each variant with usage status, type, part of speech and so on. */
  names: ExportedName[];
}

export type ExportedEntry = {
  id: string;
  status: GlossaryEntry["status"];
  domains: GlossaryEntry["domains"];
  sources: string[];
  related: string[];
} & Record<Lang, ExportedLangBlock>;

/** A project glossary's entry: where it occurred in the text (forms and names of the text's language). */
export type ExportedProjectEntry = ExportedEntry & {
  forms: (FormCount & { lang: Lang })[];
  occurrences: (TextOccurrence & { lang: Lang })[];
};

export interface JsonOptions {
  /** A project glossary: where each entry occurred in the text. */
  occurrences?: TextOccurrences;
}

function exportName({ text, usage, type, pos, caseSensitive, fullForm, note }: TermName): ExportedName {
  return { text, usage, type, pos, caseSensitive, ...(fullForm === undefined ? {} : { fullForm }), ...(note === undefined ? {} : { note }) };
}

function exportBlock(block: LangBlock): ExportedLangBlock {
  return {
    term: block.term,
    variants: [...block.variants],
    definition: block.definition ?? null,
    ...(block.note === undefined ? {} : { note: block.note }),
    names: namesOf(block).map(exportName),
  };
}

export function toExportedEntry(entry: GlossaryEntry): ExportedEntry {
  const blocks = Object.fromEntries(LANGS.map((lang) => [lang, exportBlock(entry[lang])]));
  return {
    id: entry.id,
    status: entry.status,
    domains: [...entry.domains],
    kk: blocks.kk ?? exportBlock(entry.kk),
    ru: blocks.ru ?? exportBlock(entry.ru),
    en: blocks.en ?? exportBlock(entry.en),
    sources: [...entry.sources],
    related: [...entry.related],
  };
}

function toProjectEntry(entry: GlossaryEntry, { lang, of }: TextOccurrences): ExportedProjectEntry {
  const found = of(entry.id);
  return {
    ...toExportedEntry(entry),
    forms: formCounts(found).map((form) => ({ lang, ...form })),
    occurrences: found.map(({ form, name, sentence, paragraph }) => ({ lang, form, name, sentence, paragraph })),
  };
}

export function glossaryToJson(entries: readonly GlossaryEntry[], options: JsonOptions = {}): string {
  const { occurrences } = options;
  const exported = occurrences ? entries.map((entry) => toProjectEntry(entry, occurrences)) : entries.map(toExportedEntry);
  return `${JSON.stringify(exported, null, 2)}\n`;
}
