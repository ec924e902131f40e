// Kazakh sound classes: which harmony (back/front) a stem's suffixes take, and which class of
// final sound picks a suffix's first consonant (KAZAKH.md, "Sound classes").

export type Harmony = "back" | "front";
/** V vowel, R р й у и ю, L л, N м н ң, Z з ж, T the voiceless (and loan-final voiced) consonants. */
export type SoundClass = "V" | "R" | "L" | "N" | "Z" | "T";

const BACK_VOWELS = "аоұыяё";
const FRONT_VOWELS = "әеіөүэ";
/** и, у, ю: no reliable harmony of their own. */
const NEUTRAL_VOWELS = "иую";
const CLEAR_VOWELS = BACK_VOWELS + FRONT_VOWELS;

export const isClearVowel = (ch: string | undefined): boolean => ch !== undefined && ch !== "" && CLEAR_VOWELS.includes(ch);
export const isVowelLetter = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== "" && (CLEAR_VOWELS.includes(ch) || NEUTRAL_VOWELS.includes(ch));

const CLASS_OF: Record<string, SoundClass> = {};
for (const ch of "аәеёоөұүыіэя") CLASS_OF[ch] = "V";
for (const ch of "рйуию") CLASS_OF[ch] = "R";
CLASS_OF["л"] = "L";
for (const ch of "мнң") CLASS_OF[ch] = "N";
for (const ch of "зж") CLASS_OF[ch] = "Z";
// Latin letters, for names and abbreviations written in Latin script.
for (const ch of "aeoy") CLASS_OF[ch] = "V";
for (const ch of "riu") CLASS_OF[ch] = "R";
CLASS_OF["l"] = "L";
for (const ch of "mn") CLASS_OF[ch] = "N";
CLASS_OF["z"] = "Z";

/** Class of one letter as a sound; anything not listed (к қ п с т ш ф х ц ч щ б в г д ғ һ …) is T. */
export const letterClass = (ch: string): SoundClass => CLASS_OF[ch] ?? "T";

/** The class of a (folded) word's final sound; ь and ъ are silent. */
export function soundClass(word: string): SoundClass {
  let i = word.length - 1;
  while (i > 0 && (word[i] === "ь" || word[i] === "ъ")) i--;
  return letterClass(word[i] ?? "");
}

/**
 * Harmonies a (folded) word's suffixes may take. Loans ending in ь or in a consonant cluster
 * + к/г are front (банк -> банкі). и, у, ю after a consonant give no reliable harmony, so both
 * are allowed; after a vowel they are glides and that vowel decides (тергеу -> тергеуге).
 */
export function harmonies(word: string): Harmony[] {
  const last = word[word.length - 1];
  if (last === "ь") return ["front"];
  if ((last === "к" || last === "г") && word.length > 2 && !isVowelLetter(word[word.length - 2]) && /[аәеёоөұүыіэяиую]/.test(word)) {
    return ["front"];
  }
  for (let i = word.length - 1; i >= 0; i--) {
    const ch = word[i]!;
    if (BACK_VOWELS.includes(ch)) return ["back"];
    if (FRONT_VOWELS.includes(ch)) return ["front"];
    if (NEUTRAL_VOWELS.includes(ch)) {
      const before = word[i - 1];
      if (before !== undefined && BACK_VOWELS.includes(before)) return ["back"];
      if (before !== undefined && FRONT_VOWELS.includes(before)) return ["front"];
      return ["back", "front"];
    }
  }
  return ["back", "front"];
}

const VOICED: Record<string, string> = { к: "г", қ: "ғ", п: "б" };
const DEVOICED: Record<string, string> = { г: "к", ғ: "қ", б: "п" };

/** жемқорлық -> жемқорлығ: the stem before a vowel, when the final к/қ/п follows a vowel; else undefined. */
export function voicedStem(word: string): string | undefined {
  const last = word[word.length - 1] ?? "";
  const voiced = VOICED[last];
  if (!voiced || !isVowelLetter(word[word.length - 2])) return undefined;
  return word.slice(0, -1) + voiced;
}

/** төреліг -> төрелік: undo the voicing of a final г/ғ/б after a vowel; else undefined. */
export function devoicedStem(stem: string): string | undefined {
  const last = stem[stem.length - 1] ?? "";
  const plain = DEVOICED[last];
  if (!plain || !isVowelLetter(stem[stem.length - 2])) return undefined;
  return stem.slice(0, -1) + plain;
}

/**
 * The closed set of stems that lose their last vowel before a vowel-initial possessive
 * (орын -> орны, халық -> халқы, ауыз -> аузы). Forms, not rules: Kazakh has no rule for it.
 */
const VOWEL_DROPPING: Record<string, string> = {
  орын: "орн",
  халық: "халқ",
  ауыз: "ауз",
  мұрын: "мұрн",
  ерін: "ерн",
  қарын: "қарн",
  қойын: "қойн",
  ерік: "ерк",
  әріп: "әрп",
  бөрік: "бөрк",
  көрік: "көрк",
};

/**
 * Russian loans in -ь lose it before a vowel: модель -> модел-і, заседатель -> заседател-і
 * (модельдер, модельдің keep it before a consonant). The stem before a vowel; else undefined.
 */
export function softSignDropped(word: string): string | undefined {
  return word.length > 2 && word.endsWith("ь") && !isVowelLetter(word[word.length - 2]) ? word.slice(0, -1) : undefined;
}

/** модел -> модель: the loan a stem may have lost its -ь from (softSignDropped undone); else undefined. */
export function withSoftSign(stem: string): string | undefined {
  const word = `${stem}ь`;
  return softSignDropped(word) === stem ? word : undefined;
}

/** Loans in -кт after a vowel take a front epenthetic і before suffixes: акт -> акті (актісі, актілер, актінің); else undefined. */
export function epentheticStem(word: string): string | undefined {
  return /[аоұыәеіөүэяюиу]кт$/.test(word) ? `${word}і` : undefined;
}

/** акті -> акт: the loan a stem with the epenthetic і comes from; else undefined. */
export function withoutEpenthesis(stem: string): string | undefined {
  const loan = stem.endsWith("кті") ? stem.slice(0, -1) : undefined;
  return loan !== undefined && epentheticStem(loan) === stem ? loan : undefined;
}

/** The vowel-dropped stem of a word of the closed list (also as the last part of a compound: тұрғын-халық). */
export function droppedStem(word: string): string | undefined {
  const part = word.slice(word.lastIndexOf("-") + 1);
  const dropped = VOWEL_DROPPING[part];
  return dropped === undefined ? undefined : word.slice(0, word.length - part.length) + dropped;
}

/** халқ -> халық: the full form of a dropped stem; else undefined. */
export function undroppedStem(stem: string): string | undefined {
  for (const [full, dropped] of Object.entries(VOWEL_DROPPING)) {
    if (stem.endsWith(dropped) && (stem.length === dropped.length || stem[stem.length - dropped.length - 1] === "-")) {
      return stem.slice(0, stem.length - dropped.length) + full;
    }
  }
  return undefined;
}
