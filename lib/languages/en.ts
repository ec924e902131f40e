// English: a term's last word takes the plural and the possessive (lib/morphology/en), unless it
// is written in capitals (NATO, UN); the words before it are fixed.
import { enForms } from "@/lib/morphology/en";
import { englishWriting } from "./writing";
import type { ContentLanguage, WordForm } from "./types";

const isAllCaps = (word: string) => word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();

function lastWordForms(word: string): WordForm[] {
  return [
    { form: word, stemLength: word.length, tags: ["case"] },
    ...enForms(word).map((f): WordForm =>
      f.tag === "pluralPossessive"
        ? { form: f.form, stemLength: f.stemLength, tags: ["plural", "possessive"], splits: [f.form.length - 1 - f.stemLength] }
        : { form: f.form, stemLength: f.stemLength, tags: [f.tag] },
    ),
  ];
}

export const english: ContentLanguage<"en"> = {
  ...englishWriting,
  collation: "en",
  foldForm: (form) => form,
  inflection: {
    kind: "wordForms",
    termForms: (words, originals) =>
      words.map((w, i) => (i === words.length - 1 && !isAllCaps(originals[i]!) ? lastWordForms(w) : [{ form: w, stemLength: w.length, tags: ["case"] }])),
  },
};
