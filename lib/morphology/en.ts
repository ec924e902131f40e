// English term inflection for matching: the last word's plural (-s, -es, -ies) and possessive
// ('s, s'), case-insensitively (the tokenizer folds case and ’ to ').

export interface EnForm {
  form: string;
  stemLength: number;
  tag: "plural" | "possessive" | "pluralPossessive";
}

export function enForms(word: string): EnForm[] {
  const out: EnForm[] = [];
  const add = (form: string, stemLength: number, tag: EnForm["tag"]) => out.push({ form, stemLength, tag });
  let plural: string;
  if (/[^aeiou]y$/.test(word)) {
    plural = word.slice(0, -1) + "ies";
    add(plural, word.length - 1, "plural");
  } else if (/(?:s|x|z|ch|sh)$/.test(word)) {
    plural = word + "es";
    add(plural, word.length, "plural");
  } else {
    plural = word + "s";
    add(plural, word.length, "plural");
  }
  add(word + "'s", word.length, "possessive");
  if (word.endsWith("s")) add(word + "'", word.length, "possessive");
  add(plural + "'", word.length, "pluralPossessive");
  return out;
}
