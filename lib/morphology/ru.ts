// Russian term inflection for matching: the head noun, the adjectives before it and a participle
// right after it take a closed set of endings per declension class; the other words after the head
// (genitive complements: суд присяжных, торговля людьми) stay as they are. No stemmer: судья and
// суд must stay apart.

export interface RuForm {
  /** The folded form. */
  form: string;
  /** Length of the part shared with the dictionary form; the rest is the ending. */
  stemLength: number;
}

const ADJECTIVE_ENDINGS = ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие"];
const ADJECTIVE_FORMS = [
  "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им",
  "ом", "ем", "ых", "их", "ыми", "ими", "ую", "юю", "ою", "ею", "ей",
];
/** Nouns in -ние/-тие/-дие… (решение, правосудие) look like adjectives in -ие but are not. */
const NOUN_IN_IE = /(?:[^н]ние|тие|дие|вие|жие|сие|зие|лие|рие|мие|пие|бие|кие)$/;

export function isAdjectiveLike(word: string): boolean {
  if (word.length < 4) return false;
  if (NOUN_IN_IE.test(word) && !/(?:ские|цкие)$/.test(word)) return false;
  return ADJECTIVE_ENDINGS.some((e) => word.endsWith(e));
}

const forms = (stem: string, endings: readonly string[]): RuForm[] =>
  endings.map((e) => ({ form: stem + e, stemLength: stem.length }));

export function adjectiveForms(word: string): RuForm[] {
  return forms(word.slice(0, -2), ADJECTIVE_FORMS);
}

const SIBILANT_OR_VELAR = /[гкхжшчщ]$/;
const SIBILANT = /[жшчщ]$/;

/** The case and number forms of a noun, by its ending. */
export function nounForms(word: string): RuForm[] {
  if (isAdjectiveLike(word)) return adjectiveForms(word);
  const last = word[word.length - 1] ?? "";
  const stem = word.slice(0, -1);
  if (word.endsWith("ия")) return forms(stem, ["я", "и", "ю", "ей", "ею", "й", "ям", "ями", "ях"]);
  if (word.endsWith("ья")) return [...forms(stem, ["я", "и", "е", "ю", "ей", "ёй", "ею", "ям", "ями", "ях"]), { form: word.slice(0, -2) + "ей", stemLength: word.length - 2 }];
  if (last === "я") return forms(stem, ["я", "и", "е", "ю", "ей", "ею", "ь", "ям", "ями", "ях"]);
  if (last === "а") {
    const plural = SIBILANT_OR_VELAR.test(stem) ? "и" : "ы";
    return forms(stem, ["а", plural, "е", "у", "ой", "ою", "", "ам", "ами", "ах"]);
  }
  if (word.endsWith("ие")) return forms(stem, ["е", "я", "ю", "ем", "и", "й", "ям", "ями", "ях"]);
  if (last === "е") return forms(stem, ["е", "я", "ю", "ем", "ей", "ям", "ями", "ях"]);
  if (last === "о") return forms(stem, ["о", "а", "у", "ом", "е", "", "ам", "ами", "ах"]);
  if (last === "ь") return forms(stem, ["ь", "я", "ю", "ем", "е", "и", "ей", "ью", "ям", "ями", "ях"]);
  if (last === "й") return forms(stem, ["й", "я", "ю", "ем", "е", "и", "ев", "ям", "ями", "ях"]);
  if (last === "ы") return forms(stem, ["ы", "ов", "ам", "ами", "ах"]);
  if (last === "и") return forms(stem, ["и", "ей", "ов", "ам", "ями", "ям", "ами", "ах", "ях"]);
  if (!/[бвгджзклмнпрстфхцчшщ]/.test(last)) return [{ form: word, stemLength: word.length }];
  const plural = SIBILANT_OR_VELAR.test(word) ? "и" : "ы";
  // After ж ш ч щ ц the instrumental is -ом under stress (ножом) and -ем without (мужем).
  const instrumental = SIBILANT.test(word) || last === "ц" ? ["ом", "ем"] : ["ом"];
  const genitivePlural = SIBILANT.test(word) ? "ей" : last === "ц" ? "ев" : "ов";
  return forms(word, ["", "а", "у", ...instrumental, "е", plural, genitivePlural, "ам", "ами", "ах"]);
}

/**
 * Prepositions: never a term's head. Met before a noun, the adjective before them is the head
 * (Уполномоченный по правам человека: «уполномоченный» declines, «по правам человека» does not).
 */
const PREPOSITIONS = new Set([
  "без", "в", "во", "для", "до", "за", "из", "к", "ко", "между", "на", "над", "о", "об", "обо", "от",
  "по", "под", "при", "против", "с", "со", "у", "через",
]);
/** Between adjectives before the head (физическое или психическое принуждение): kept, not the head. */
const CONJUNCTIONS = new Set(["и", "или", "либо"]);

/**
 * A participle in the nominative (отягчающее, рассматривающий, подлежащие, уполномоченный,
 * совершенное): right after the head it agrees with it (обстоятельство, отягчающее … →
 * обстоятельством, отягчающим …), where an adjective after the head is the genitive of a complement
 * (суд первой инстанции, город республиканского значения) and stays as written.
 */
const NOMINATIVE_PARTICIPLE = /(?:щ|вш|[ая]нн|енн)(?:ий|ый|ая|ее|ое|ие|ые)$/;

/**
 * How each word of a Russian term varies: the head (the first word that is not an adjective)
 * declines as a noun, adjectives before it decline as adjectives, and so does a participle right
 * after it; the rest is fixed. Returns, per word, its admitted forms (a fixed word has only itself).
 */
export function ruTermForms(words: readonly string[], isAbbreviation: (index: number) => boolean = () => false): RuForm[][] {
  let head = words.findIndex((w, i) => !isAbbreviation(i) && !isAdjectiveLike(w) && !CONJUNCTIONS.has(w));
  if (head < 0) head = words.length - 1;
  const headIsNoun = !PREPOSITIONS.has(words[head]!);
  return words.map((word, i) => {
    const fixed = [{ form: word, stemLength: word.length }];
    if (isAbbreviation(i) || i > head + 1 || !/[а-я]/.test(word)) return fixed;
    if (i < head) return isAdjectiveLike(word) ? adjectiveForms(word) : fixed;
    if (i === head) return headIsNoun ? nounForms(word) : fixed;
    return headIsNoun && NOMINATIVE_PARTICIPLE.test(word) ? adjectiveForms(word) : fixed;
  });
}
