// Inflected Kazakh typed in Latin (alqabiler sotynyñ, Joğarğy Sotta, jogargy sotta). The
// engine reads Cyrillic, so for each Kazakh term whose words the query starts with, the
// query's remaining letters (the suffixes) are spelled back in Cyrillic in every way the plain
// ASCII allows, and the engine decides which spelling, if any, is an inflection of that term.
import type { LatinStem, SearchIndex } from "./types";

const CYRILLIC_OF: Record<string, string[]> = {
  a: ["а", "ә"], b: ["б"], c: ["ч"], d: ["д"], e: ["е"], f: ["ф"], g: ["ғ", "г"], h: ["х", "һ"],
  i: ["і", "и", "й"], j: ["ж"], k: ["к"], l: ["л"], m: ["м"], n: ["н", "ң"], o: ["о", "ө"], p: ["п"],
  q: ["қ"], r: ["р"], s: ["с", "ш"], t: ["т"], u: ["у", "ұ", "ү"], v: ["в"], y: ["ы"], z: ["з"], "-": ["-"],
};
const MAX_SUFFIX_LETTERS = 12;
const MAX_SPELLINGS = 512;

/** Every Cyrillic spelling of an ASCII suffix, or none when it has a letter no suffix uses. */
export function cyrillicSpellings(ascii: string): string[] {
  let spellings = [""];
  for (const ch of ascii) {
    const options = CYRILLIC_OF[ch];
    if (!options) return [];
    spellings = spellings.flatMap((s) => options.map((o) => s + o));
    if (spellings.length > MAX_SPELLINGS) return [];
  }
  return spellings;
}

// Final к, қ, п voice to г, ғ, б before a vowel suffix (жемқорлық → жемқорлығы).
const VOICED: Record<string, [string, string]> = { к: ["g", "г"], қ: ["g", "ғ"], п: ["b", "б"] };

function stemSpellings(stem: LatinStem): { ascii: string; cyrillic: string }[] {
  const ascii = stem.ascii.at(-1) ?? "";
  const cyrillic = stem.words.at(-1) ?? "";
  const spellings = [{ ascii, cyrillic }];
  const voiced = VOICED[cyrillic.at(-1) ?? ""];
  if (voiced) spellings.push({ ascii: ascii.slice(0, -1) + voiced[0], cyrillic: cyrillic.slice(0, -1) + voiced[1] });
  return spellings;
}

/** Ids of the entries whose Kazakh term the ASCII query key is an inflected form of. */
export function latinInflectedIds(index: SearchIndex, key: string): Set<string> {
  const found = new Set<string>();
  const words = key.split(" ");
  const last = words.at(-1) ?? "";
  for (const stem of index.latinStems) {
    if (found.has(stem.entryId) || stem.words.length !== words.length) continue;
    if (stem.ascii.slice(0, -1).some((w, i) => w !== words[i])) continue;
    for (const spelling of stemSpellings(stem)) {
      const rest = last.slice(spelling.ascii.length);
      if (!last.startsWith(spelling.ascii) || rest === "" || rest.length > MAX_SUFFIX_LETTERS) continue;
      const head = stem.words.slice(0, -1).concat(spelling.cyrillic).join(" ");
      const hit = cyrillicSpellings(rest).some((suffix) => {
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
