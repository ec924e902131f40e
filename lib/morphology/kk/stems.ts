// From a dictionary word to the stem records the analyser looks text up by: the stem as it
// stands before suffixes (voiced жемқорлығ-, vowel-dropped халқ-), its classes, harmonies and
// the chains it admits. A compound's head (сот жүйесі) also gets its bare stem (жүйе) with
// possessive-only chains, so сот жүйелері and сот жүйесінің are found.
import { chainMap, type ChainMap, type ChainSuffix } from "@/lib/morphology/kk/chains";
import { realise, suffixDef } from "@/lib/morphology/kk/suffixes";
import {
  devoicedStem,
  epentheticStem,
  softSignDropped,
  droppedStem,
  harmonies,
  isClearVowel,
  isVowelLetter,
  letterClass,
  soundClass,
  undroppedStem,
  voicedStem,
  type Harmony,
  type SoundClass,
} from "@/lib/morphology/kk/phonology";

export interface StemRecord {
  /** The folded stem as it stands before the suffixes. */
  surface: string;
  /** Dictionary form of the word this stem inflects, for the analysis (сот, жемқорлық). */
  lemma: string;
  chains: ChainMap;
  /** Abbreviations and Latin names: suffixes only after a hyphen (БҰҰ-ның). */
  hyphen: boolean;
  /** "possessive": the bare stem of a compound's possessive head (жүйе of жүйесі). */
  route: "plain" | "possessive";
  /** Suffixes already inside `surface`, at its end (құқықтар = құқық + тар), for the analysis. */
  inner?: ChainSuffix[];
}

const ANY = { requirePossessive: false, opening: "any" } as const;
const BOTH: readonly Harmony[] = ["back", "front"];

/** Class of the last letter's name when an abbreviation is read letter by letter (ҚР "қа-эр"). */
const LETTER_NAME_CLASS: Record<string, SoundClass> = {
  л: "L", м: "N", н: "N", ң: "N", р: "R", й: "R", с: "T", ф: "T",
  l: "L", m: "N", n: "N", r: "R", f: "T", s: "T", x: "T", h: "T", z: "T",
};

const LETTER = /\p{L}/u;
const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/i;

/** БҰҰ, ЕҚЫҰ, AIFC, USAID, and Latin-script names: they take suffixes after a hyphen. */
export function isAbbreviation(original: string): boolean {
  const letters = [...original].filter((ch) => LETTER.test(ch));
  if (letters.length === 0) return false;
  if (LATIN.test(original) && !CYRILLIC.test(original)) return true;
  return letters.length >= 2 && letters.every((ch) => ch === ch.toUpperCase() && ch !== ch.toLowerCase());
}

function abbreviationRecord(word: string, lemma: string): StemRecord {
  const last = word[word.length - 1] ?? "";
  const classes = new Set<SoundClass>([letterClass(last), LETTER_NAME_CLASS[last] ?? "V"]);
  // How an abbreviation is read (letter names or as a word) decides its harmony: allow both.
  return { surface: word, lemma, chains: chainMap([...classes], BOTH, ANY), hyphen: true, route: "plain" };
}

/**
 * How a noun stands before a vowel-initial possessive when that differs from the word: its
 * vowel dropped (орын -> орн-ы), its final к/қ/п voiced (құқық -> құқығ-ы) or a loan's -ь dropped
 * (модель -> модел-і); else undefined.
 */
function stemBeforeVowel(word: string): string | undefined {
  return droppedStem(word) ?? (soundClass(word) === "T" ? voicedStem(word) : undefined) ?? softSignDropped(word);
}

/** Records of a word used as it is: the full paradigm. */
export function plainRecords(word: string, lemma: string, requirePossessive = false): StemRecord[] {
  const cls = soundClass(word);
  const hs = harmonies(word);
  const route = requirePossessive ? "possessive" : "plain";
  const alternate = stemBeforeVowel(word);
  const records: StemRecord[] =
    alternate === undefined
      ? [{ surface: word, lemma, chains: chainMap([cls], hs, { requirePossessive, opening: "any" }), hyphen: false, route }]
      : [
          { surface: word, lemma, chains: chainMap([cls], hs, { requirePossessive, opening: "consonant" }), hyphen: false, route },
          { surface: alternate, lemma, chains: chainMap([cls], hs, { requirePossessive, opening: "vowel" }), hyphen: false, route },
        ];
  const epenthetic = epentheticStem(word);
  if (epenthetic) {
    records.push({ surface: epenthetic, lemma, chains: chainMap(["V"], ["front"], { requirePossessive, opening: "any" }), hyphen: false, route });
  }
  return records;
}

/**
 * The bare stems a compound head in the 3rd-person possessive may come from: жүйесі -> жүйе,
 * соты -> сот, төрелігі -> төрелік (voicing undone), корпусы -> корпус or корпу (и у ю before
 * -сы leave it open). Empty when the word does not end like a possessive.
 */
export function possessiveBareStems(word: string): { stem: string; certain: boolean }[] {
  const last = word[word.length - 1];
  if (last !== "ы" && last !== "і") return [];
  const before = word[word.length - 2];
  const stems: { stem: string; certain: boolean }[] = [];
  if (before === "с" && isVowelLetter(word[word.length - 3])) {
    stems.push({ stem: word.slice(0, -2), certain: isClearVowel(word[word.length - 3]) });
    if (!isClearVowel(word[word.length - 3])) stems.push({ stem: word.slice(0, -1), certain: false });
  } else if (before !== undefined && !isClearVowel(before) && word.length > 2) {
    stems.push({ stem: word.slice(0, -1), certain: false });
    // A Russian loan's -ь, dropped before the -і (заседатель -> заседателі): both stems stay open.
    if (last === "і" && !isVowelLetter(before)) stems.push({ stem: `${word.slice(0, -1)}ь`, certain: false });
  }
  const out: { stem: string; certain: boolean }[] = [];
  for (const s of stems) {
    const devoiced = devoicedStem(s.stem);
    if (devoiced) out.push({ stem: devoiced, certain: true });
    const undropped = undroppedStem(s.stem);
    if (undropped) out.push({ stem: undropped, certain: true });
    out.push(s);
  }
  return out;
}

/** Keeps a display form's capital: Сот -> Сот, ЕҚЫҰ -> ЕҚЫҰ, from the folded stem. */
export function displayLemma(folded: string, original: string): string {
  if (original.toLowerCase() === original) return folded;
  if (original.toUpperCase() === original) return folded.toUpperCase();
  return folded.charAt(0).toUpperCase() + folded.slice(1);
}

/**
 * Endings of Kazakh adjectives (-лық, -ды, -ғы, -сыз, participles -ған, -атын …): after one, a
 * final -ы/-і is more likely the noun's own letter (кассациялық саты) than a possessive.
 */
const ADJECTIVE_ENDING = /(?:[лдт][ыі][қк]|[лдт][ыі]|[ғгқк][ыі]|с[ыі]з|[ғгқк][аеә]н|[аеыі]т[ыі]н|йт[ыі]н)$/;

/** адам құқықтары: the head's bare stem құқықтар is itself a plural (құқық + тар) when the allomorph fits. */
function pluralInside(stem: string): { stem: string; form: string } | undefined {
  const match = /^(.{2,}?)([лдт])([ае])р$/.exec(stem);
  if (!match) return undefined;
  const [, base, consonant, vowel] = match as unknown as [string, string, string, string];
  const form = `${consonant}${vowel}р`;
  const plural = suffixDef("plural");
  if (!harmonies(base).some((h) => realise(plural, soundClass(base), h).includes(form))) return undefined;
  return { stem: base, form };
}

export interface WordRecords {
  records: StemRecord[];
  /** The possessive route's analysis (сот + ы) reads better than the plain one (соты + ∅). */
  preferPossessive: boolean;
}

/**
 * The stem records of a term's last word. `compoundHead` when the term has more words before it,
 * so a final -ы/-і/-сы/-сі may be the possessive of a noun + noun compound. Which analysis reads
 * better (сот + ы or соты + ∅) depends on `isKnownWord` (the bare stem is a glossary word) and on
 * `wordBefore` (after an adjective the -ы is more likely the word's own).
 */
export function wordRecords(
  word: string,
  original: string,
  compoundHead: boolean,
  isKnownWord: (w: string) => boolean = () => false,
  wordBefore = "",
): WordRecords {
  if (isAbbreviation(original)) return { records: [abbreviationRecord(word, original)], preferPossessive: false };
  const records = plainRecords(word, displayLemma(word, original));
  let preferPossessive = false;
  if (compoundHead) {
    for (const { stem, certain } of possessiveBareStems(word)) {
      if (stem.length < 2) continue;
      const plural = pluralInside(stem);
      for (const record of plainRecords(stem, displayLemma(plural?.stem ?? stem, original), true)) {
        if (plural && record.surface === stem) record.inner = [{ form: plural.form, tag: "plural" }];
        records.push(record);
      }
      if (certain || isKnownWord(stem) || !ADJECTIVE_ENDING.test(wordBefore)) preferPossessive = true;
    }
  }
  return { records, preferPossessive };
}

/** One form of a noun with its suffixes, for a word that varies inside a term. */
export interface NounForm {
  form: string;
  /** Length of the stem as it stands in the form (берешег-ін). */
  stemLength: number;
  suffixes: ChainSuffix[];
}

/**
 * The forms a noun takes as a direct object besides the bare accusative: with the 3rd-person
 * possessive (берешек -> берешегін), in the plural (берешектерді), or both (берешектерін).
 * Spelt from the inventory (suffixes.ts), the stem voiced or its vowel or -ь dropped before a
 * vowel as plainRecords does.
 */
export function objectForms(lemma: string): NounForm[] {
  const cls = soundClass(lemma);
  const beforeVowel = stemBeforeVowel(lemma) ?? lemma;
  const [plural, poss3, accusative] = [suffixDef("plural"), suffixDef("poss3"), suffixDef("accusative")];
  const out: NounForm[] = [];
  for (const harmony of harmonies(lemma)) {
    for (const p of realise(poss3, cls, harmony)) {
      const stem = isVowelLetter(p[0]) ? beforeVowel : lemma;
      for (const a of realise(accusative, poss3.next!, harmony)) {
        out.push({ form: stem + p + a, stemLength: stem.length, suffixes: [{ form: p, tag: "poss3" }, { form: a, tag: "accusative" }] });
      }
    }
    for (const pl of realise(plural, cls, harmony)) {
      for (const a of realise(accusative, plural.next!, harmony)) {
        out.push({ form: lemma + pl + a, stemLength: lemma.length, suffixes: [{ form: pl, tag: "plural" }, { form: a, tag: "accusative" }] });
      }
      for (const p of realise(poss3, plural.next!, harmony)) {
        for (const a of realise(accusative, poss3.next!, harmony)) {
          out.push({ form: lemma + pl + p + a, stemLength: lemma.length, suffixes: [{ form: pl, tag: "plural" }, { form: p, tag: "poss3" }, { form: a, tag: "accusative" }] });
        }
      }
    }
  }
  return out;
}
