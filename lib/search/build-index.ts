// Builds the search index once from the glossary. Every term and variant of every content
// language (lib/languages: the descriptors) is filed in the key spaces that write it (types.ts:
// KEY_SPACES): its folded key, its words with where each stands, and a sorted list of the
// distinct words. A language with a transliteration has its names filed in it too (Kazakh in
// Latin, as ASCII), and one with loose typing also as typed that way (Kazakh on a Russian
// keyboard, romanised) and, with a lexicon, for inflected queries typed so. A query then looks
// keys up rather than reading every entry.
import type { GlossaryEntry, Lang } from "@/lib/glossary/schema";
import { CONTENT_LANGUAGES, languageOf, ORIGINAL_LANG, type ContentLanguage } from "@/lib/languages";
import { asciiKey, scriptOf, searchKey } from "./keys";
import { stemKeys } from "./typed-inflected";
import { KEY_SPACES, type FiledStem, type KeySpace, type NameRecord, type SearchIndex, type SpaceIndex, type SpanFinder, type TypedFolding, type TypedStem } from "./types";

/** The order entries are listed in: the original language's collation (Kazakh). */
export const kazakhCollator = (languages: readonly ContentLanguage<string>[] = CONTENT_LANGUAGES): Intl.Collator =>
  new Intl.Collator(languageOf(ORIGINAL_LANG, languages).collation, { sensitivity: "base" });

interface Name {
  entry: number;
  form: string;
  lang: Lang;
  variant: boolean;
}

function namesOf(entry: GlossaryEntry, position: number, languages: readonly ContentLanguage<string>[]): Name[] {
  return languages.flatMap(({ code }) => {
    const lang = code as Lang;
    return [entry[lang].term, ...entry[lang].variants].map((form, i) => ({ entry: position, form, lang, variant: i > 0 }));
  });
}

/** The ASCII key of a Cyrillic name's transliteration (Kazakh in the 2021 Latin letters). */
const transliteratedKey = (language: ContentLanguage<string>, form: string): string | undefined =>
  language.transliteration?.script === "Latn" ? asciiKey(language.transliteration.write(searchKey(form))) : undefined;

/** The key each space files a name under, if it files it at all. */
function keysOf(name: Name, language: ContentLanguage<string>): Partial<Record<KeySpace, string>> {
  if (scriptOf(name.form) === "latin") return { latin: asciiKey(name.form) };
  const key = searchKey(name.form);
  const latin = transliteratedKey(language, name.form);
  if (latin === undefined) return { cyrillic: key };
  const keys: Partial<Record<KeySpace, string>> = { cyrillic: key, latin };
  if (!language.looseTyping) return keys;
  const keyboard = language.looseTyping.keyboard(key);
  if (keyboard !== key) keys["cyrillic-loose"] = keyboard;
  const roman = language.looseTyping.romanise(latin);
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

/**
 * How each typed folding writes one folded Cyrillic word of a language whose inflected names are
 * found typed loosely (Kazakh: in Latin, romanised, on a Russian keyboard); undefined for the others.
 */
function typedFoldings(language: ContentLanguage<string>): Record<TypedFolding, (word: string) => string> | undefined {
  const { looseTyping } = language;
  if (language.inflection.kind !== "kazakhLexicon" || !looseTyping || language.transliteration?.script !== "Latn") return undefined;
  const latin = (word: string) => transliteratedKey(language, word)!;
  return { latin, roman: (word) => looseTyping.romanise(latin(word)), keyboard: looseTyping.keyboard };
}

/** A name filed for inflected queries typed in Latin, romanised or on a Russian keyboard. */
function fileTypedStem(filed: Record<TypedFolding, Map<string, FiledStem[]>>, stem: TypedStem, foldWord: Record<TypedFolding, (word: string) => string>): void {
  for (const folding of ["latin", "roman", "keyboard"] as const) {
    for (const { key, filed: value } of stemKeys(stem, foldWord[folding])) {
      const list = filed[folding].get(key);
      if (list) list.push(value);
      else filed[folding].set(key, [value]);
    }
  }
}

/**
 * The index of `entries` in `languages` (the content languages' descriptors by default; a test
 * passes a fourth). Entries are listed in the original language's alphabetical order.
 */
export function buildSearchIndex(entries: readonly GlossaryEntry[], findSpans: SpanFinder, languages: readonly ContentLanguage<string>[] = CONTENT_LANGUAGES): SearchIndex {
  const collator = kazakhCollator(languages);
  const sorted = [...entries].sort((a, b) => collator.compare(a[ORIGINAL_LANG].term, b[ORIGINAL_LANG].term));
  const records = Object.fromEntries(KEY_SPACES.map((space) => [space, [] as NameRecord[]])) as Record<KeySpace, NameRecord[]>;
  const typedStems: SearchIndex["typedStems"] = { latin: new Map(), roman: new Map(), keyboard: new Map() };
  const described = new Map(languages.map((language) => [language.code, { language, foldings: typedFoldings(language) }]));
  sorted.forEach((entry, position) => {
    for (const name of namesOf(entry, position, languages)) {
      const { language, foldings } = described.get(name.lang)!;
      for (const [space, key] of Object.entries(keysOf(name, language)) as [KeySpace, string][]) {
        if (key !== "") records[space].push({ ...name, key, words: key.split(" ") });
      }
      if (foldings && scriptOf(name.form) === "cyrillic") {
        const words = searchKey(name.form).split(" ");
        if (words[0] !== "") fileTypedStem(typedStems, { entry: position, words }, foldings);
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
