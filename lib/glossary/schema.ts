// The shape of one glossary entry file (glossary/<id>.yaml). The one schema that the loader,
// the `glossary check` command and the generated glossary/schema.json all derive from.
import { z } from "zod";
import { LANGS, type Lang } from "./langs";
export { LANGS, isLang, type Lang } from "./langs";
import { DOMAINS, ID_PATTERN, PARTS_OF_SPEECH, STATUSES, TERM_TYPES, type Status } from "./values";
export * from "./values";



/**
 * The first character a text field may not hold: a control character (tab and line breaks only
 * where `multiline`), or half of a surrogate pair standing alone (YAML's "\uD800" escape gives
 * one). Such characters are invisible in an editor and break the TBX export's XML.
 */
export function badCharacter(value: string, multiline: boolean): { code: string; offset: number } | undefined {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
    if (control && !(multiline && (c === 0x09 || c === 0x0a || c === 0x0d))) return { code: `U+${c.toString(16).toUpperCase().padStart(4, "0")}`, offset: i };
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      i++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) return { code: `U+${c.toString(16).toUpperCase()}`, offset: i };
  }
  return undefined;
}

const checkedText = (multiline: boolean) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .superRefine((value, ctx) => {
      const bad = badCharacter(value, multiline);
      if (bad) ctx.addIssue({ code: "custom", message: `holds the character ${bad.code}`, params: { problem: "badCharacter", char: bad.code, offset: bad.offset + 1 } });
    });

/** One-line text: terms, variants, sources. */
const text = checkedText(false);
/** Definitions and notes may run over lines. */
const prose = checkedText(true);


/** What a term or variant may say about itself; anything left out is worked out by `namesOf`. */
const termFields = {
  type: z.enum(TERM_TYPES).optional(),
  pos: z.enum(PARTS_OF_SPEECH).optional(),
  /** Only the written capitals tell this name from a common word (Мәжіліс, the chamber; мәжіліс, a meeting). */
  caseSensitive: z.boolean().optional(),
  /** For an abbreviation: the name it stands for (default: the block's term). */
  fullForm: text.optional(),
};

/** A variant written out with its details; a plain string is an admitted variant with none. */
export const variantSchema = z.strictObject({
  term: text,
  status: z.enum(["admitted", "deprecated"]).optional(),
  ...termFields,
  note: prose.optional(),
});
export type VariantDetails = z.infer<typeof variantSchema>;

const langBlockFields = z.strictObject({
  term: text,
  ...termFields,
  variants: z.array(z.union([text, variantSchema])).default([]),
  definition: prose.optional(),
  note: prose.optional(),
});

/** A language block as the program reads it: `variants` as texts, their details beside them. */
type LangBlockOut = Omit<z.output<typeof langBlockFields>, "variants"> & {
  variants: string[];
  /** Present when a variant is written as a mapping: its details, by the variant's index. */
  variantDetails?: (VariantDetails | undefined)[];
};

export const langBlockSchema = langBlockFields
  .transform(({ variants, ...block }) => {
    // The rest of the program reads `variants` as the names' texts; what a variant says of
    // itself is kept beside them, in the same order, for namesOf and the exports.
    const details = variants.map((v) => (typeof v === "string" ? undefined : v));
    const out: LangBlockOut = { ...block, variants: variants.map((v) => (typeof v === "string" ? v : v.term)) };
    if (details.some((d) => d !== undefined)) out.variantDetails = details;
    return out;
  });

/**
 * The entry schema for a list of content languages: one block per language, between the
 * domains and the sources (the order editors write and glossary/schema.json lists).
 */
export function entrySchemaFor<Code extends string>(langs: readonly Code[]) {
  const blocks = Object.fromEntries(langs.map((lang) => [lang, langBlockSchema])) as Record<Code, typeof langBlockSchema>;
  return z
    .strictObject({
      $schema: z.string().optional(),
      id: z.string().regex(ID_PATTERN, "must be kebab-case: lowercase latin letters, digits and hyphens"),
      status: z.enum(STATUSES),
      domains: z.array(z.enum(DOMAINS)).min(1, "needs at least one domain"),
      ...blocks,
      sources: z.array(text).default([]),
      related: z.array(z.string().regex(ID_PATTERN, "must be an entry id")).default([]),
    })
    .superRefine((entry, ctx) => {
      // A reviewed entry is one a reader may rely on: it must define the term in every language
      // (and name its sources: the loader checks that, keeping the entry).
      // (Inside this generic function zod cannot name the shape's fields; the parsed entry has them.)
      const parsed = entry as unknown as { status: Status } & Record<Code, LangBlock>;
      if (parsed.status !== "reviewed") return;
      for (const lang of langs) {
        if (!parsed[lang].definition) {
          ctx.addIssue({
            code: "custom",
            path: [lang, "definition"],
            message: "a reviewed entry needs a definition in every language",
          });
        }
      }
    });
}

export type LangBlock = z.output<typeof langBlockSchema>;

export const entrySchema = entrySchemaFor(LANGS);
export type GlossaryEntry = z.infer<typeof entrySchema>;
/** An entry with a block for each of the content languages `Code` (GlossaryEntry for the built-in ones). */
export type EntryOf<Code extends string> = Omit<GlossaryEntry, Lang> & Record<Code, LangBlock>;
