// The glossary as JSON: the command line's `export --format json` and /exports/glossary.json
// print exactly this (PRODUCT.md's contract: id, status, domains, kk/ru/en with term,
// variants and definition), each language also with its names' term-level data.
import { namesOf, type TermName } from "@/lib/glossary/names";
import { LANGS, type GlossaryEntry, type Lang, type LangBlock } from "@/lib/glossary/schema";

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

export function glossaryToJson(entries: readonly GlossaryEntry[]): string {
  return `${JSON.stringify(entries.map(toExportedEntry), null, 2)}\n`;
}
