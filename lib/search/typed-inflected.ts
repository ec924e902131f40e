// Inflected Kazakh typed in Latin (alqabiler sotynyñ, Joğarğy Sotta, jogargy sotta), romanised
// (zhogargy sottyng) or on a Russian keyboard (сотынын, жогаргы соттын). The engine reads Kazakh
// Cyrillic, so the names whose words the query starts with are looked up (compared in the
// query's folding: plain ASCII, romanised, or the Russian keyboard's letters), the query's
// remaining letters (the suffixes) are spelled back in Kazakh Cyrillic in every way that folding
// allows, and the engine decides which spelling, if any, is an inflection of that name.
//
// The lookup is by key, not a scan: every name is filed under its folded words with the last
// word as written and, for a stem that voices before a vowel (жемқорлық → жемқорлығы), as voiced
// (the voicing is phonology.ts's);
// a query of n letters in its last word is looked up under each of its n − 1 beginnings.
import type { Span } from "@/lib/annotate/types";
import { voicedStem } from "@/lib/morphology/kk/phonology";
import type { FiledStem, SearchIndex, TypedFolding, TypedStem } from "./types";

const CYRILLIC_OF: Record<string, string[]> = {
  a: ["а", "ә"], b: ["б"], c: ["ч"], d: ["д"], e: ["е"], f: ["ф"], g: ["ғ", "г"], h: ["х", "һ"],
  i: ["і", "и", "й"], j: ["ж"], k: ["к"], l: ["л"], m: ["м"], n: ["н", "ң"], o: ["о", "ө"], p: ["п"],
  q: ["қ"], r: ["р"], s: ["с", "ш"], t: ["т"], u: ["у", "ұ", "ү"], v: ["в"], y: ["ы"], z: ["з"], "-": ["-"],
};
const MAX_SUFFIX_LETTERS = 12;
const MAX_SPELLINGS = 512;
/** How many spellings the engine is asked about, per query: bounds a query's work at any glossary size. */
const MAX_ENGINE_CALLS = 96;

// The Kazakh letters each letter typed on a Russian keyboard may stand for; any other letter
// stands for itself.
const KAZAKH_OF: Record<string, string[]> = {
  а: ["а", "ә"], г: ["г", "ғ"], к: ["к", "қ"], н: ["н", "ң"], о: ["о", "ө"], у: ["у", "ұ", "ү"], х: ["х", "һ"], и: ["и", "і"],
};

// A romanised suffix's letters (romanKey: zh→j, sh→s, q→k, y→i …): k may be қ, i may be ы too.
const ROMAN_OF: Record<string, string[]> = { ...CYRILLIC_OF, k: ["к", "қ"], i: ["і", "и", "й", "ы"] };

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

/** How a query's suffix is spelled back in Kazakh Cyrillic, per folding. */
export const SPELL_BACK: Record<TypedFolding, (suffix: string) => string[]> = {
  latin: cyrillicSpellings,
  roman: (suffix) => spellingsBy(suffix, (ch) => ROMAN_OF[ch]),
  keyboard: kazakhSpellings,
};

/**
 * The keys a Kazakh name is filed under in one folding (`fold` writes one folded Cyrillic word
 * in it): its words with the last as written and, when its final к/қ/п voices before a vowel
 * (phonology.ts: жемқорлық → жемқорлығ-ы), as voiced.
 */
export function stemKeys(stem: TypedStem, fold: (word: string) => string): { key: string; filed: FiledStem }[] {
  const cyrillic = stem.words.at(-1) ?? "";
  const head = stem.words.slice(0, -1).map(fold).join(" ");
  const keyOf = (word: string) => (head === "" ? fold(word) : `${head} ${fold(word)}`);
  const keys = [{ key: keyOf(cyrillic), filed: { stem, cyrillicLast: cyrillic } }];
  const voiced = voicedStem(cyrillic);
  if (voiced) keys.push({ key: keyOf(voiced), filed: { stem, cyrillicLast: voiced } });
  return keys;
}

/** The span, found by the engine, of each entry whose Kazakh name the query key (in the folding) is an inflected form of. */
export function typedInflections(index: SearchIndex, key: string, folding: TypedFolding): Map<number, Span> {
  const found = new Map<number, Span>();
  const filed = index.typedStems[folding];
  const words = key.split(" ");
  const last = words.at(-1) ?? "";
  const head = words.slice(0, -1).join(" ");
  let asked = 0;
  // The longest stems first: the likeliest readings, asked before the cap on the engine's work.
  for (let cut = last.length - 1; cut >= Math.max(1, last.length - MAX_SUFFIX_LETTERS) && asked < MAX_ENGINE_CALLS; cut--) {
    const stems = filed.get(head === "" ? last.slice(0, cut) : `${head} ${last.slice(0, cut)}`);
    if (!stems) continue;
    const rest = last.slice(cut);
    for (const { stem, cyrillicLast } of stems) {
      if (found.has(stem.entry) || stem.words.length !== words.length) continue;
      const entryId = index.entries[stem.entry]!.id;
      const phraseHead = stem.words.slice(0, -1).concat(cyrillicLast).join(" ");
      for (const suffix of SPELL_BACK[folding](rest)) {
        if (asked++ >= MAX_ENGINE_CALLS) break;
        const phrase = phraseHead + suffix;
        const span = index.findSpans(phrase, "kk").find((s) => s.termId === entryId && s.start === 0 && s.end === phrase.length);
        if (span) {
          found.set(stem.entry, span);
          break;
        }
      }
    }
  }
  return found;
}
