// The glossary as JSON: the command line's `export --format json` and /exports/glossary.json
// print exactly this (PRODUCT.md's contract: id, status, domains, kk/ru/en with term,
// variants and definition), each language also with its names' term-level data. A project
// glossary (the entries of one text) gives each entry two more fields: `forms`, each form that
// occurred in the text with its count, and `occurrences`, each occurrence with its form, the
// name it reads as, its sentence and paragraph.
import { namesOf, type TermName } from "@/lib/glossary/names";
import { LANGS, type Lang } from "@/lib/glossary/langs";
import type { EntryOf, GlossaryEntry, LangBlock } from "@/lib/glossary/schema";
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

export type ExportedEntry<Code extends string = Lang> = {
  id: string;
  status: GlossaryEntry["status"];
  domains: GlossaryEntry["domains"];
  sources: string[];
  related: string[];
} & Record<Code, ExportedLangBlock>;

/** A project glossary's entry: where it occurred in the text (forms and names of the text's language). */
export type ExportedProjectEntry<Code extends string = Lang> = ExportedEntry<Code> & {
  forms: (FormCount & { lang: Lang })[];
  occurrences: (TextOccurrence & { lang: Lang })[];
};

export interface JsonOptions<Code extends string = Lang> {
  /** A project glossary: where each entry occurred in the text. */
  occurrences?: TextOccurrences;
  /** The content languages to give a block to (the built-in ones by default). */
  langs?: readonly Code[];
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

export function toExportedEntry(entry: GlossaryEntry): ExportedEntry;
export function toExportedEntry<Code extends string>(entry: EntryOf<Code>, langs: readonly Code[]): ExportedEntry<Code>;
export function toExportedEntry(entry: Omit<GlossaryEntry, Lang>, langs: readonly string[] = LANGS): object {
  // The languages' blocks between the domains and the sources, in the list's order, as an entry file has them.
  const blocks = Object.fromEntries(langs.map((lang) => [lang, exportBlock((entry as unknown as Record<string, LangBlock>)[lang]!)]));
  return {
    id: entry.id,
    status: entry.status,
    domains: [...entry.domains],
    ...blocks,
    sources: [...entry.sources],
    related: [...entry.related],
  };
}

function toProjectEntry<Code extends string>(entry: EntryOf<Code>, { lang, of }: TextOccurrences, langs: readonly Code[]): ExportedProjectEntry<Code> {
  const found = of(entry.id);
  return {
    ...toExportedEntry(entry, langs),
    forms: formCounts(found).map((form) => ({ lang, ...form })),
    occurrences: found.map(({ form, name, sentence, paragraph }) => ({ lang, form, name, sentence, paragraph })),
  };
}

export function glossaryToJson<Code extends string = Lang>(entries: readonly EntryOf<NoInfer<Code>>[], options: JsonOptions<Code> = {}): string {
  const { occurrences } = options;
  const langs = options.langs ?? (LANGS as readonly string[] as readonly Code[]);
  const exported = entries.map((entry) => (occurrences ? toProjectEntry(entry, occurrences, langs) : toExportedEntry(entry, langs)));
  return `${JSON.stringify(exported, null, 2)}\n`;
}
