// Russian: the head noun of a term and the adjectives before it decline (lib/morphology/ru);
// words written as abbreviations stay as they are.
import { isAbbreviation } from "@/lib/morphology/kk/stems";
import { ruTermForms } from "@/lib/morphology/ru";
import { russianWriting } from "./writing";
import type { ContentLanguage } from "./types";

export const russian: ContentLanguage<"ru"> = {
  ...russianWriting,
  collation: "ru",
  // The tokenizer reads ё as е; some endings (судьёй) are written with ё.
  foldForm: (form) => form.replace(/ё/g, "е"),
  inflection: {
    kind: "wordForms",
    termForms: (words, originals) =>
      ruTermForms(words, (i) => isAbbreviation(originals[i]!)).map((forms) => forms.map((f) => ({ ...f, tags: ["case"] }))),
  },
};
