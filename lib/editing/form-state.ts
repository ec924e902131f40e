// The editing form's state and the entry data it sends: every field of an entry as the form edits
// it (empty strings for what is not filled in, lists as lists), read from an entry file's data
// and written back to it. What the form has no control for (a variant's note, caseSensitive,
// fullForm) rides along unchanged, so saving through the form never drops what an editor wrote in
// the file.
import { LANGS, type Lang } from "@/lib/glossary/langs";
import { PARTS_OF_SPEECH, TERM_TYPES, type PartOfSpeech, type TermType } from "@/lib/glossary/values";
import type { EntryData } from "@/lib/editing/entry-file";

export interface FormVariant {
  term: string;
  status: "admitted" | "deprecated";
  type: TermType | "";
  pos: PartOfSpeech | "";
  /** The variant's other fields, kept as they were. */
  rest: Record<string, unknown>;
}

export interface FormBlock {
  term: string;
  type: TermType | "";
  pos: PartOfSpeech | "";
  variants: FormVariant[];
  definition: string;
  note: string;
  rest: Record<string, unknown>;
}

export interface FormState {
  id: string;
  status: string;
  domains: string[];
  blocks: Record<Lang, FormBlock>;
  sources: string[];
  related: string[];
  /** The file's other top-level fields ($schema …), kept. */
  rest: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === "string" ? value : value === undefined || value === null ? "" : String(value));
const oneOf = <T extends string>(list: readonly T[], value: unknown): T | "" => (list.includes(value as T) ? (value as T) : "");
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(text) : []);

function without(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

export const emptyVariant = (): FormVariant => ({ term: "", status: "admitted", type: "", pos: "", rest: {} });

const emptyBlock = (): FormBlock => ({ term: "", type: "", pos: "", variants: [], definition: "", note: "", rest: {} });

export function emptyForm(): FormState {
  return {
    id: "",
    status: "draft",
    domains: [],
    blocks: Object.fromEntries(LANGS.map((lang) => [lang, emptyBlock()])) as Record<Lang, FormBlock>,
    sources: [],
    related: [],
    rest: {},
  };
}

function variantOf(value: unknown): FormVariant {
  if (!isRecord(value)) return { ...emptyVariant(), term: text(value) };
  return {
    term: text(value.term),
    status: value.status === "deprecated" ? "deprecated" : "admitted",
    type: oneOf(TERM_TYPES, value.type),
    pos: oneOf(PARTS_OF_SPEECH, value.pos),
    rest: without(value, ["term", "status", "type", "pos"]),
  };
}

function blockOf(value: unknown): FormBlock {
  const block = isRecord(value) ? value : {};
  return {
    term: text(block.term),
    type: oneOf(TERM_TYPES, block.type),
    pos: oneOf(PARTS_OF_SPEECH, block.pos),
    variants: Array.isArray(block.variants) ? block.variants.map(variantOf) : [],
    definition: text(block.definition),
    note: text(block.note),
    rest: without(block, ["term", "type", "pos", "variants", "definition", "note"]),
  };
}

export function formOf(data: EntryData): FormState {
  return {
    id: text(data.id),
    status: text(data.status) || "draft",
    domains: strings(data.domains),
    blocks: Object.fromEntries(LANGS.map((lang) => [lang, blockOf(data[lang])])) as Record<Lang, FormBlock>,
    sources: strings(data.sources),
    related: strings(data.related),
    rest: without(data, ["id", "status", "domains", ...LANGS, "sources", "related", "version"]),
  };
}

function variantData(variant: FormVariant): unknown {
  const details: Record<string, unknown> = {};
  if (variant.status === "deprecated") details.status = "deprecated";
  if (variant.type) details.type = variant.type;
  if (variant.pos) details.pos = variant.pos;
  Object.assign(details, variant.rest);
  // A variant with nothing to say of itself is written as its text alone, as editors write it.
  return Object.keys(details).length === 0 ? variant.term : { term: variant.term, ...details };
}

function blockData(block: FormBlock): Record<string, unknown> {
  const out: Record<string, unknown> = { term: block.term };
  if (block.type) out.type = block.type;
  if (block.pos) out.pos = block.pos;
  Object.assign(out, block.rest);
  out.variants = block.variants.map(variantData);
  if (block.definition.trim() !== "") out.definition = block.definition;
  if (block.note.trim() !== "") out.note = block.note;
  return out;
}

/** The entry data the form sends (the file's shape); an empty field is left out, never sent as "". */
export function dataOf(form: FormState): EntryData {
  return {
    ...form.rest,
    id: form.id,
    status: form.status,
    domains: form.domains,
    ...Object.fromEntries(LANGS.map((lang) => [lang, blockData(form.blocks[lang])])),
    sources: form.sources,
    related: form.related,
  };
}

/** Moves item `from` of a list to `to` (the variants' up and down buttons). */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}
