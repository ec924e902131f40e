// Builds the search index once from the glossary: every kk/ru/en term and variant folded, plus
// the Latin transliterations of the Kazakh ones, and for Kazakh the looser keys: as typed on a
// Russian keyboard, and romanised in ASCII.
import { LANGS, type GlossaryEntry } from "@/lib/glossary/schema";
import { kazakhLatinKey, asciiKey, looseKey, romanKey, russianKeyboardKey, scriptOf, searchKey } from "./keys";
import type { LatinStem, SearchIndex, SearchKeyRecord, SpanFinder } from "./types";

export const kazakhCollator = (): Intl.Collator => new Intl.Collator("kk", { sensitivity: "base" });

/** A Kazakh record with its looser key where that differs (other languages have none). */
function withLoose(record: SearchKeyRecord): SearchKeyRecord {
  const loose = record.lang === "kk" ? looseKey(record.key, record.script) : record.key;
  return loose === record.key ? record : { ...record, loose };
}

function keyRecords(entry: GlossaryEntry): SearchKeyRecord[] {
  const records: SearchKeyRecord[] = [];
  for (const lang of LANGS) {
    const forms = [entry[lang].term, ...entry[lang].variants];
    forms.forEach((form, i) => {
      const variant = i > 0;
      if (scriptOf(form) === "latin") {
        records.push({ key: asciiKey(form), script: "latin", form, lang, variant });
        return;
      }
      records.push(withLoose({ key: searchKey(form), script: "cyrillic", form, lang, variant }));
      if (lang === "kk") records.push(withLoose({ key: kazakhLatinKey(form), script: "latin", form, lang, variant }));
    });
  }
  return records.filter((r) => r.key !== "");
}

function latinStems(entry: GlossaryEntry): LatinStem[] {
  return [entry.kk.term, ...entry.kk.variants]
    .filter((form) => scriptOf(form) === "cyrillic")
    .map((form) => {
      const words = searchKey(form).split(" ");
      const ascii = words.map(kazakhLatinKey);
      return { entryId: entry.id, words, ascii, keyboard: words.map(russianKeyboardKey), roman: ascii.map(romanKey) };
    });
}

export function buildSearchIndex(entries: readonly GlossaryEntry[], findSpans: SpanFinder): SearchIndex {
  const collator = kazakhCollator();
  const sorted = [...entries].sort((a, b) => collator.compare(a.kk.term, b.kk.term));
  return {
    entries: sorted,
    byId: new Map(sorted.map((e) => [e.id, e])),
    keys: new Map(sorted.map((e) => [e.id, keyRecords(e)])),
    latinStems: sorted.flatMap(latinStems),
    findSpans,
    collator,
  };
}
