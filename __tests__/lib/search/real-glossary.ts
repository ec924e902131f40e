// The project's own glossary, searched with the real term engine (built once per test file).
import { annotate, buildTermIndex } from "@/lib/annotate";
import { loadGlossary } from "@/lib/glossary/load";
import { LANGS } from "@/lib/glossary/schema";
import { buildSearchIndex, type SearchIndex } from "@/lib/search";
import { readGlossaryFiles } from "@/server/content/files";

export function realIndex(): SearchIndex {
  const { entries } = loadGlossary(readGlossaryFiles());
  const indexes = Object.fromEntries(LANGS.map((lang) => [lang, buildTermIndex(entries, lang)]));
  return buildSearchIndex(entries, (text, lang) => annotate(text, indexes[lang]!));
}
