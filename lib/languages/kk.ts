// Kazakh: Cyrillic, readable in the 2021 Latin alphabet; inflected through the stem lexicon and
// suffix chains of lib/morphology/kk (the term index builds the lexicon from it).
import { toLatin } from "@/lib/translit";
import type { ContentLanguage } from "./types";

export const kazakh: ContentLanguage<"kk"> = {
  code: "kk",
  script: "Cyrl",
  transliteration: { script: "Latn", tag: "kk-Latn", write: toLatin },
  collation: "kk",
  // The lexicon reads the tokenizer's folded words directly; it generates no forms to fold.
  foldForm: (form) => form,
  inflection: { kind: "kazakhLexicon" },
};
