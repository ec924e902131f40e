// Inflected Kazakh typed in Latin (alqabiler sotynyñ, Joğarğy Sotta, jogargy sotta) or on a
// Russian keyboard (сотынын, жогаргы соттын). The engine reads Kazakh Cyrillic, so for each
// Kazakh term whose words the query starts with (compared in the query's folding: plain ASCII,
// or the Russian keyboard's letters), the query's remaining letters (the suffixes) are spelled
// back in Kazakh Cyrillic in every way that folding allows, and the engine decides which
// spelling, if any, is an inflection of that term.
import type { LatinStem, SearchIndex } from "./types";

const CYRILLIC_OF: Record<string, string[]> = {
  a: ["а", "ә"], b: ["б"], c: ["ч"], d: ["д"], e: ["е"], f: ["ф"], g: ["ғ", "г"], h: ["х", "һ"],
  i: ["і", "и", "й"], j: ["ж"], k: ["к"], l: ["л"], m: ["м"], n: ["н", "ң"], o: ["о", "ө"], p: ["п"],
  q: ["қ"], r: ["р"], s: ["с", "ш"], t: ["т"], u: ["у", "ұ", "ү"], v: ["в"], y: ["ы"], z: ["з"], "-": ["-"],
};
const MAX_SUFFIX_LETTERS = 12;
const MAX_SPELLINGS = 512;

// The Kazakh letters each letter typed on a Russian keyboard may stand for; any other letter
// stands for itself.
const KAZAKH_OF: Record<string, string[]> = {
  а: ["а", "ә"], г: ["г", "ғ"], к: ["к", "қ"], н: ["н", "ң"], о: ["о", "ө"], у: ["у", "ұ", "ү"], х: ["х", "һ"], и: ["и", "і"],
};

function spellingsBy(typed: string, optionsOf: (ch: string) => string[] | undefined): string[] {
  let spellings = [""];
  for (const ch of typed) {
    const options = optionsOf(ch);
    if (!options) return [];
    spellings = spellings.flatMap((s) => options.map((o) => s + o));
    if (spellings.length > MAX_SPELLINGS) return [];
  }
  return spellings;
}

/** Every Cyrillic spelling of an ASCII suffix, or none when it has a letter no suffix uses. */
export const cyrillicSpellings = (ascii: string): string[] => spellingsBy(ascii, (ch) => CYRILLIC_OF[ch]);

/** Every Kazakh spelling of a suffix typed on a Russian keyboard. */
export const kazakhSpellings = (typed: string): string[] => spellingsBy(typed, (ch) => KAZAKH_OF[ch] ?? [ch]);

/** How a query is compared with the stems and its suffix spelled back. */
interface Folding {
  /** The stem's words as the query's folding writes them. */
  words: (stem: LatinStem) => string[];
  /** Final к, қ, п voice to г, ғ, б before a vowel suffix (жемқорлық → жемқорлығы): the voiced letter folded, and in Cyrillic. */
  voiced: Record<string, [string, string]>;
  spell: (suffix: string) => string[];
}

const LATIN: Folding = { words: (stem) => stem.ascii, voiced: { к: ["g", "г"], қ: ["g", "ғ"], п: ["b", "б"] }, spell: cyrillicSpellings };
const KEYBOARD: Folding = { words: (stem) => stem.keyboard, voiced: { к: ["г", "г"], қ: ["г", "ғ"], п: ["б", "б"] }, spell: kazakhSpellings };

// A romanised suffix's letters (romanKey: zh→j, sh→s, q→k, y→i …): k may be қ, i may be ы too.
const ROMAN_OF: Record<string, string[]> = { ...CYRILLIC_OF, k: ["к", "қ"], i: ["і", "и", "й", "ы"] };
const ROMAN: Folding = {
  words: (stem) => stem.roman,
  voiced: LATIN.voiced,
  spell: (suffix) => spellingsBy(suffix, (ch) => ROMAN_OF[ch]),
};

function stemSpellings(stem: LatinStem, folding: Folding): { folded: string; cyrillic: string }[] {
  const folded = folding.words(stem).at(-1) ?? "";
  const cyrillic = stem.words.at(-1) ?? "";
  const spellings = [{ folded, cyrillic }];
  const voiced = folding.voiced[cyrillic.at(-1) ?? ""];
  if (voiced) spellings.push({ folded: folded.slice(0, -1) + voiced[0], cyrillic: cyrillic.slice(0, -1) + voiced[1] });
  return spellings;
}

/** Ids of the entries whose Kazakh term the ASCII query key is an inflected form of. */
export const latinInflectedIds = (index: SearchIndex, key: string): Set<string> => inflectedIds(index, key, LATIN);

/** Ids of the entries whose Kazakh term a romanised query (its romanKey) is an inflected form of. */
export const romanInflectedIds = (index: SearchIndex, key: string): Set<string> => inflectedIds(index, key, ROMAN);

/** Ids of the entries whose Kazakh term a query typed on a Russian keyboard (its keyboard key) is an inflected form of. */
export const keyboardInflectedIds = (index: SearchIndex, key: string): Set<string> => inflectedIds(index, key, KEYBOARD);

function inflectedIds(index: SearchIndex, key: string, folding: Folding): Set<string> {
  const found = new Set<string>();
  const words = key.split(" ");
  const last = words.at(-1) ?? "";
  for (const stem of index.latinStems) {
    if (found.has(stem.entryId) || stem.words.length !== words.length) continue;
    if (folding.words(stem).slice(0, -1).some((w, i) => w !== words[i])) continue;
    for (const spelling of stemSpellings(stem, folding)) {
      const rest = last.slice(spelling.folded.length);
      if (!last.startsWith(spelling.folded) || rest === "" || rest.length > MAX_SUFFIX_LETTERS) continue;
      const head = stem.words.slice(0, -1).concat(spelling.cyrillic).join(" ");
      const hit = folding.spell(rest).some((suffix) => {
        const phrase = head + suffix;
        return index
          .findSpans(phrase, "kk")
          .some((s) => s.termId === stem.entryId && s.start === 0 && s.end === phrase.length);
      });
      if (hit) {
        found.add(stem.entryId);
        break;
      }
    }
  }
  return found;
}
