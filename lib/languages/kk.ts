// Kazakh: Cyrillic, readable in the 2021 Latin alphabet; inflected through the stem lexicon and
// suffix chains of lib/morphology/kk (the term index builds the lexicon from it).
import { romanKey, russianKeyboardKey } from "@/lib/translit/typed-without-letters";
import type { ContentLanguage } from "./types";
import { kazakhWriting } from "./writing";

export const kazakh: ContentLanguage<"kk"> = {
  ...kazakhWriting,
  collation: "kk",
  // The lexicon reads the tokenizer's folded words directly; it generates no forms to fold.
  foldForm: (form) => form,
  inflection: { kind: "kazakhLexicon" },
  // Typed on a Russian keyboard (ғ as г) and romanised (zh for j): search files the names so.
  looseTyping: { keyboard: russianKeyboardKey, romanise: romanKey },
};
