// Builds the search index once from the glossary. Every kk/ru/en term and variant is filed in
// the key spaces that write it (types.ts: KEY_SPACES): its folded key, its words with where each
// stands, and a sorted list of the distinct words; the Kazakh names also as typed on a
// Russian keyboard and romanised, and filed for inflected queries typed that way. A query then
// looks keys up rather than reading every entry.
import { LANGS, type GlossaryEntry, type Lang } from "@/lib/glossary/schema";
import { asciiKey, kazakhLatinKey, romanKey, russianKeyboardKey, scriptOf, searchKey } from "./keys";
import { stemKeys } from "./typed-inflected";
import { KEY_SPACES, type FiledStem, type KeySpace, type NameRecord, type SearchIndex, type SpaceIndex, type SpanFinder, type TypedFolding, type TypedStem } from "./types";

export const kazakhCollator = (): Intl.Collator => new Intl.Collator("kk", { sensitivity: "base" });

interface Name {
  entry: number;
  form: string;
  lang: Lang;
  variant: boolean;
}

function namesOf(entry: GlossaryEntry, position: number): Name[] {
  return LANGS.flatMap((lang) =>
    [entry[lang].term, ...entry[lang].variants].map((form, i) => ({ entry: position, form, lang, variant: i > 0 })),
  );
}

/** The key each space files a name under, if it files it at all. */
function keysOf(name: Name): Partial<Record<KeySpace, string>> {
  if (scriptOf(name.form) === "latin") return { latin: asciiKey(name.form) };
  const key = searchKey(name.form);
  if (name.lang !== "kk") return { cyrillic: key };
  const latin = kazakhLatinKey(name.form);
  const keys: Partial<Record<KeySpace, string>> = { cyrillic: key, latin };
  const keyboard = russianKeyboardKey(key);
  if (keyboard !== key) keys["cyrillic-loose"] = keyboard;
  const roman = romanKey(latin);
  if (roman !== latin) keys["latin-loose"] = roman;
  return keys;
}

function spaceIndex(records: NameRecord[]): SpaceIndex {
  const exact = new Map<string, number[]>();
  const postings = new Map<string, { record: number; position: number }[]>();
  records.forEach((record, i) => {
    const list = exact.get(record.key);
    if (list) list.push(i);
    else exact.set(record.key, [i]);
    record.words.forEach((word, position) => {
      const at = postings.get(word);
      if (at) at.push({ record: i, position });
      else postings.set(word, [{ record: i, position }]);
    });
  });
  const longest = records.reduce((most, record) => Math.max(most, record.words.length), 0);
  return { records, exact, postings, sortedWords: [...postings.keys()].sort(), longest };
}

/** A Kazakh name filed for inflected queries typed in Latin, romanised or on a Russian keyboard. */
/** How each typed folding writes one folded Cyrillic word. */
const FOLD_WORD: Record<TypedFolding, (word: string) => string> = {
  latin: kazakhLatinKey,
  roman: (word) => romanKey(kazakhLatinKey(word)),
  keyboard: russianKeyboardKey,
};

function fileTypedStem(filed: Record<TypedFolding, Map<string, FiledStem[]>>, stem: TypedStem): void {
  for (const folding of ["latin", "roman", "keyboard"] as const) {
    for (const { key, filed: value } of stemKeys(stem, FOLD_WORD[folding])) {
      const list = filed[folding].get(key);
      if (list) list.push(value);
      else filed[folding].set(key, [value]);
    }
  }
}

export function buildSearchIndex(entries: readonly GlossaryEntry[], findSpans: SpanFinder): SearchIndex {
  const collator = kazakhCollator();
  const sorted = [...entries].sort((a, b) => collator.compare(a.kk.term, b.kk.term));
  const records = Object.fromEntries(KEY_SPACES.map((space) => [space, [] as NameRecord[]])) as Record<KeySpace, NameRecord[]>;
  const typedStems: SearchIndex["typedStems"] = { latin: new Map(), roman: new Map(), keyboard: new Map() };
  sorted.forEach((entry, position) => {
    for (const name of namesOf(entry, position)) {
      for (const [space, key] of Object.entries(keysOf(name)) as [KeySpace, string][]) {
        if (key !== "") records[space].push({ ...name, key, words: key.split(" ") });
      }
      if (name.lang === "kk" && scriptOf(name.form) === "cyrillic") {
        const words = searchKey(name.form).split(" ");
        if (words[0] !== "") fileTypedStem(typedStems, { entry: position, words });
      }
    }
  });
  return {
    entries: sorted,
    position: new Map(sorted.map((e, i) => [e.id, i])),
    spaces: Object.fromEntries(KEY_SPACES.map((space) => [space, spaceIndex(records[space])])) as Record<KeySpace, SpaceIndex>,
    typedStems,
    findSpans,
    collator,
  };
}
