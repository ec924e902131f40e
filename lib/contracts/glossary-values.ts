// Guards for the glossary's closed lists as they travel in JSON. The lists are written again
// here as keys of a Record over the schema's own types, so the compiler refuses a value added to
// or dropped from the schema without this file: the schema itself is zod, which the browser is
// spared.
import type { Domain, Status } from "@/lib/glossary/schema";
import { oneOf } from "./guard";

const STATUS_KEYS: Record<Status, true> = { draft: true, reviewed: true };

const DOMAIN_KEYS: Record<Domain, true> = {
  courts: true,
  procedure: true,
  "criminal-law": true,
  "civil-law": true,
  "administrative-law": true,
  "constitutional-law": true,
  "human-rights": true,
  "anti-corruption": true,
  international: true,
  state: true,
  organizations: true,
  "legal-profession": true,
  "general-law": true,
};

export const isStatus = oneOf(Object.keys(STATUS_KEYS) as Status[]);
export const isDomain = oneOf(Object.keys(DOMAIN_KEYS) as Domain[]);
