// The reader's saved terms as Anki flashcards (the review page's export): each keeps the sentence
// it was met in, that sentence's translation and where it was met, as the article's flashcards do.
import type { AnkiCard } from "@/lib/export/anki";
import type { SavedTerm } from "./types";

export function savedTermsToAnkiCards(terms: readonly SavedTerm[]): AnkiCard[] {
  return terms.map((term) => {
    const card: AnkiCard = {
      entry: term.entry,
      sentence: term.sentence,
      sentenceLang: term.lang,
      source: term.metIn.kind === "article" ? { kind: "article", slug: term.metIn.slug } : { kind: "text" },
    };
    if (term.translation) card.translation = term.translation;
    return card;
  });
}
