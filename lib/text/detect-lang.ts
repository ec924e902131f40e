// Which language a pasted text is in, so the reader's own text is marked with the right
// glossary (Kazakh, Russian or English) without asking. Kazakh and Russian share the Cyrillic
// alphabet; Kazakh has nine letters of its own (ә ғ қ ң ө ұ ү һ і), and a Kazakh text has them in
// a good share of its words, while a Russian text that quotes a Kazakh name has them in one or
// two. Russian has its own tells too (ё ъ ь щ э, and short words like «и», «в», «что»), which
// Kazakh words hardly ever have. When the signs are few or point both ways, the answer is given
// as not confident, and the UI lets the reader choose.
import type { Lang } from "@/lib/glossary/langs";

export interface DetectedLang {
  lang: Lang;
  /** False when the text is too short, has no letters, or mixes languages: ask the reader. */
  confident: boolean;
}

const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
const RUSSIAN_ONLY = /[ёъьщэЁЪЬЩЭ]/u;
/** Short Russian words that Kazakh does not have (as whole words). */
const RUSSIAN_WORDS = new Set(["и", "в", "во", "на", "не", "что", "с", "со", "по", "для", "от", "к", "о", "об", "из", "за", "или", "как", "это", "его", "ее", "её", "их", "при", "также", "который", "которые"]);
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** Fewer letters than this is too little to be sure of anything. */
const MIN_LETTERS = 20;
/** Fewer words than this in the leading script: not sure. */
const MIN_WORDS = 3;
/** A script holding at least this share of the letters is the text's script. */
const MAIN_SCRIPT = 0.75;
/** Kazakh when at least this share of the Cyrillic words have a Kazakh-only letter. */
const KAZAKH_SHARE = 0.2;
/** Sure of Russian when no more than this share do (and sure of Kazakh when no more have Russian tells). */
const RUSSIAN_SHARE = 0.1;

export function detectLang(text: string): DetectedLang {
  const words = text.match(/\p{L}+/gu) ?? [];
  let cyrillic = 0;
  let latin = 0;
  const cyrillicWords: string[] = [];
  let latinWords = 0;
  for (const word of words) {
    let c = 0;
    let l = 0;
    for (const ch of word) {
      if (CYRILLIC.test(ch)) c++;
      else if (LATIN.test(ch)) l++;
    }
    cyrillic += c;
    latin += l;
    if (c > l) cyrillicWords.push(word.toLowerCase());
    else if (l > 0) latinWords++;
  }
  const letters = cyrillic + latin;
  if (letters === 0) return { lang: "kk", confident: false };
  const enough = letters >= MIN_LETTERS;

  if (latin > cyrillic) {
    return { lang: "en", confident: enough && latinWords >= MIN_WORDS && latin / letters >= MAIN_SCRIPT };
  }

  const kazakh = cyrillicWords.filter((w) => KAZAKH_ONLY.test(w)).length;
  const russian = cyrillicWords.filter((w) => RUSSIAN_ONLY.test(w) || RUSSIAN_WORDS.has(w)).length;
  const share = kazakh / cyrillicWords.length;
  const sure = enough && cyrillicWords.length >= MIN_WORDS && cyrillic / letters >= MAIN_SCRIPT;

  const russianShare = russian / cyrillicWords.length;
  // Kazakh: its own letters in a good share of the words, and Russian tells far fewer.
  if (share >= KAZAKH_SHARE && kazakh >= 2 * russian) return { lang: "kk", confident: sure && russianShare <= RUSSIAN_SHARE };
  // Russian: its tells outnumber the Kazakh letters, which stay rare (a quoted name or two).
  if (russian > kazakh && share < KAZAKH_SHARE) return { lang: "ru", confident: sure && share <= RUSSIAN_SHARE };
  // A short Kazakh phrase without ә қ ң…, or a text of both languages.
  return { lang: kazakh >= russian ? "kk" : "ru", confident: false };
}
