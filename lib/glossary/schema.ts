// The shape of one glossary entry file (glossary/<id>.yaml). The one schema that the loader,
// the `glossary check` command and the generated glossary/schema.json all derive from.
import { z } from "zod";
import { LANGS } from "./langs";
export { LANGS, isLang, type Lang } from "./langs";

export const STATUSES = ["draft", "reviewed"] as const;
export type Status = (typeof STATUSES)[number];

/** Subject fields; also the TBX subjectField values. */
export const DOMAINS = [
  "courts",
  "procedure",
  "criminal-law",
  "civil-law",
  "administrative-law",
  "constitutional-law",
  "human-rights",
  "anti-corruption",
  "international",
  "state",
  "organizations",
  "legal-profession",
  "general-law",
] as const;
export type Domain = (typeof DOMAINS)[number];

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

export const langBlockSchema = z.strictObject({
  term: text,
  variants: z.array(text).default([]),
  definition: prose.optional(),
  note: prose.optional(),
});

export const entrySchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(ID_PATTERN, "must be kebab-case: lowercase latin letters, digits and hyphens"),
    status: z.enum(STATUSES),
    domains: z.array(z.enum(DOMAINS)).min(1, "needs at least one domain"),
    kk: langBlockSchema,
    ru: langBlockSchema,
    en: langBlockSchema,
    sources: z.array(text).default([]),
    related: z.array(z.string().regex(ID_PATTERN, "must be an entry id")).default([]),
  })
  .superRefine((entry, ctx) => {
    // A reviewed entry is one a reader may rely on: it must define the term in every language.
    if (entry.status !== "reviewed") return;
    for (const lang of LANGS) {
      if (!entry[lang].definition) {
        ctx.addIssue({
          code: "custom",
          path: [lang, "definition"],
          message: "a reviewed entry needs a definition in every language",
        });
      }
    }
  });

export type LangBlock = z.infer<typeof langBlockSchema>;
export type GlossaryEntry = z.infer<typeof entrySchema>;
