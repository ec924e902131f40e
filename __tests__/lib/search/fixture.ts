// A small glossary for the search tests, searched with the real term engine.
import { annotate, buildTermIndex } from "@/lib/annotate";
import { LANGS, type Domain, type GlossaryEntry } from "@/lib/glossary/schema";
import { buildSearchIndex, type SearchIndex } from "@/lib/search";

type Terms = [kk: string, ru: string, en: string];

function entry(id: string, [kk, ru, en]: Terms, domains: Domain[], variants: Partial<Record<"kk" | "ru" | "en", string[]>> = {}): GlossaryEntry {
  const block = (term: string, lang: "kk" | "ru" | "en") => ({ term, variants: variants[lang] ?? [] });
  return { id, status: "draft", domains, kk: block(kk, "kk"), ru: block(ru, "ru"), en: block(en, "en"), sources: [], related: [] };
}

export const ENTRIES: GlossaryEntry[] = [
  entry("court", ["сот", "суд", "court"], ["courts"]),
  entry("jury-trial", ["алқабилер соты", "суд присяжных", "jury trial"], ["courts", "procedure"], { kk: ["алқа заседательдері соты"] }),
  entry("juror", ["алқаби", "присяжный заседатель", "juror"], ["courts", "procedure"]),
  entry("supreme-court", ["Жоғарғы сот", "Верховный суд", "Supreme Court"], ["courts", "state"]),
  entry("judicial-system", ["сот жүйесі", "судебная система", "judicial system"], ["courts"]),
  entry("defendant", ["сотталушы", "подсудимый", "defendant"], ["criminal-law", "procedure"]),
  entry("mediation", ["медиация", "медиация", "mediation"], ["procedure", "civil-law"]),
  entry("corruption", ["сыбайлас жемқорлық", "коррупция", "corruption"], ["anti-corruption"], { kk: ["жемқорлық"] }),
  entry("court-martial", ["әскери сот", "военный суд", "courts-martial"], ["courts"]),
  entry("osce", ["ЕҚЫҰ", "ОБСЕ", "OSCE"], ["international", "organizations"]),
];

export function fixtureIndex(entries: GlossaryEntry[] = ENTRIES): SearchIndex {
  const indexes = Object.fromEntries(LANGS.map((lang) => [lang, buildTermIndex(entries, lang)]));
  return buildSearchIndex(entries, (text, lang) => annotate(text, indexes[lang]!));
}
