// The editing form's state and the entry data it sends: every field of an entry as the form edits
// it (empty strings for what is not filled in, lists as lists), read from an entry file's data
// and written back to it. What the form has no control for (a variant's note, caseSensitive,
// fullForm) rides along unchanged, so saving through the form never drops what an editor wrote in
// the file.
import { LANGS, type Lang } from "@/lib/glossary/langs";
import type { EntryData } from "@/lib/editing/entry-file";

export interface FormVariant {
  /** Stable while the form is open (the list's React key: focus follows a moved variant). */
  key: number;
  term: string;
  status: "admitted" | "deprecated";
  /** The file wrote `status: admitted` out (kept so; a variant is admitted without it too). */
  statusWritten: boolean;
  /** A TermType, or a value the schema does not know, kept as written so `check` reports it. */
  type: string;
  pos: string;
  /** The variant's other fields, kept as they were. */
  rest: Record<string, unknown>;
}

export interface FormBlock {
  term: string;
  type: string;
  pos: string;
  variants: FormVariant[];
  /** Whether the file has a `variants` list (an entry without one is written without one while it has none). */
  variantsWritten: boolean;
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
  /** Which of the optional lists the file writes out (written again even when empty). */
  written: { sources: boolean; related: boolean };
  /** The file's other top-level fields ($schema …), kept. */
  rest: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === "string" ? value : value === undefined || value === null ? "" : String(value));
/** A field's value as the form's select holds it: "" when the file leaves it out. */
const chosen = (value: unknown): string => (value === undefined || value === null ? "" : String(value));
let nextKey = 0;
const newKey = (): number => ++nextKey;
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(text) : []);

function without(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

export const emptyVariant = (): FormVariant => ({ key: newKey(), term: "", status: "admitted", statusWritten: false, type: "", pos: "", rest: {} });

const emptyBlock = (): FormBlock => ({ term: "", type: "", pos: "", variants: [], variantsWritten: true, definition: "", note: "", rest: {} });

export function emptyForm(): FormState {
  return {
    id: "",
    status: "draft",
    domains: [],
    blocks: Object.fromEntries(LANGS.map((lang) => [lang, emptyBlock()])) as Record<Lang, FormBlock>,
    sources: [],
    related: [],
    written: { sources: true, related: true },
    rest: {},
  };
}

function variantOf(value: unknown): FormVariant {
  if (!isRecord(value)) return { ...emptyVariant(), term: text(value) };
  const known = value.status === undefined || value.status === "admitted" || value.status === "deprecated";
  return {
    key: newKey(),
    term: text(value.term),
    status: value.status === "deprecated" ? "deprecated" : "admitted",
    statusWritten: value.status === "admitted",
    type: chosen(value.type),
    pos: chosen(value.pos),
    // A status the schema does not know stays as written (check reports it).
    rest: without(value, known ? ["term", "status", "type", "pos"] : ["term", "type", "pos"]),
  };
}

function blockOf(value: unknown): FormBlock {
  const block = isRecord(value) ? value : {};
  return {
    term: text(block.term),
    type: chosen(block.type),
    pos: chosen(block.pos),
    variants: Array.isArray(block.variants) ? block.variants.map(variantOf) : [],
    variantsWritten: block.variants !== undefined,
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
    written: { sources: data.sources !== undefined, related: data.related !== undefined },
    rest: without(data, ["id", "status", "domains", ...LANGS, "sources", "related"]),
  };
}

function variantData(variant: FormVariant): unknown {
  const details: Record<string, unknown> = {};
  if (variant.status === "deprecated" || variant.statusWritten) details.status = variant.status;
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
  if (block.variantsWritten || block.variants.length > 0) out.variants = block.variants.map(variantData);
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
    ...(form.written.sources || form.sources.length > 0 ? { sources: form.sources } : {}),
    ...(form.written.related || form.related.length > 0 ? { related: form.related } : {}),
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
