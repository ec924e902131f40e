// A fresh entry file as `glossary new` writes it: a derived id, `status: draft`, the three
// terms and the fields still to fill written as comments, so the file passes `check` at once.
import { Document, isMap, isSeq } from "yaml";
import { LANGS, type Domain, type Lang } from "@/lib/glossary/schema";
export { deriveId } from "@/lib/glossary/derive-id";

export const SCHEMA_COMMENT = "# yaml-language-server: $schema=./schema.json";

export interface NewEntry {
  id: string;
  terms: Record<Lang, string>;
  domains: Domain[];
}

const HINT: Record<Lang, string> = {
  kk: " definition: one short sentence in Kazakh",
  ru: " definition: one short sentence in Russian",
  en: " definition: one short sentence in English",
};

export function newEntryYaml(entry: NewEntry): string {
  const doc = new Document({
    id: entry.id,
    status: "draft",
    domains: entry.domains,
    ...Object.fromEntries(LANGS.map((lang) => [lang, { term: entry.terms[lang], variants: [] }])),
    sources: [],
    related: [],
  });
  for (const key of ["domains", "sources", "related"]) {
    const node = doc.get(key, true);
    if (isSeq(node)) node.flow = true;
  }
  for (const lang of LANGS) {
    const block = doc.get(lang, true);
    if (!isMap(block)) continue;
    const variants = block.get("variants", true);
    if (isSeq(variants)) variants.flow = true;
    block.comment = HINT[lang];
  }
  const sources = doc.get("sources", true);
  if (isSeq(sources)) sources.comment = " only real legal acts or references, never invented";
  return `${SCHEMA_COMMENT}\n${doc.toString({ flowCollectionPadding: false, lineWidth: 0 })}`;
}
