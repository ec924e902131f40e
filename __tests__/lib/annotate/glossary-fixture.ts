// A small glossary for the engine's tests, built through the real schema so defaults apply.
import { entrySchema, type GlossaryEntry } from "@/lib/glossary/schema";

type Terms = { term: string; variants?: string[] };

export function entry(id: string, kk: Terms | string, ru: Terms | string = `ru ${id}`, en: Terms | string = `en ${id}`): GlossaryEntry {
  const block = (t: Terms | string) => (typeof t === "string" ? { term: t } : t);
  return entrySchema.parse({ id, status: "draft", domains: ["courts"], kk: block(kk), ru: block(ru), en: block(en) });
}
