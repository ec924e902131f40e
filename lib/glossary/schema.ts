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

const text = z
  .string()
  .trim()
  .min(1, "must not be empty");

export const langBlockSchema = z.strictObject({
  term: text,
  variants: z.array(text).default([]),
  definition: text.optional(),
  note: text.optional(),
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
