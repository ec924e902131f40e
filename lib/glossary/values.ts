// The glossary's closed lists of values and the id's pattern: what the schema (lib/glossary/schema.ts)
// checks and what the editing form offers. Their own module, without zod, so the browser's form
// gets the lists and not the schema library.
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

/** A term's usage status, as a termbase has it (TBX administrativeStatus). The block's `term` is the preferred one. */
export const USAGE_STATUSES = ["preferred", "admitted", "deprecated"] as const;
export type UsageStatus = (typeof USAGE_STATUSES)[number];

/** A term's type (TBX termType). */
export const TERM_TYPES = ["fullForm", "abbreviation", "shortForm", "phrase"] as const;
export type TermType = (typeof TERM_TYPES)[number];

/** A term's part of speech (TBX-Basic partOfSpeech values). */
export const PARTS_OF_SPEECH = ["noun", "properNoun", "verb", "adjective", "adverb", "other"] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];
