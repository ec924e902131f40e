// Puts an article's reading pieces together: the view read from the URL, the reading options,
// the flashcards link, the term list and the text, sharing the cards of this page's terms
// (loaded from cardsHref once the page has hydrated).
import { Suspense } from "react";
import { TermCardsProvider } from "@/components/term/term-cards-context";
import type { TranslationLang } from "@/lib/languages/codes";
import { NewTerms } from "@/components/learner/new-terms";
import { ArticleText } from "./article-text";
import { TermList } from "./term-list";
import type { TermListItem } from "./types";
import { FlashcardsLink, type FlashcardsFiles } from "./flashcards-link";
import { ReadingFromUrl } from "./reading-context";
import { ReadingControls, ReadingControlsFromUrl } from "./reading-controls";
import styles from "./reading-controls.module.css";

interface Props {
  /** The Kazakh paragraphs as HTML with their terms marked. */
  kk: string[];
  /** Where the cards of the article's entries are loaded from after hydration (cards.json). */
  cardsHref: string;
  /** The hidden description elements of those entries, as HTML (descriptionsHtml). */
  descriptions: string;
  terms: TermListItem[];
  textLabel: string;
  flashcards: FlashcardsFiles;
  /** Where the Latin and translated renderings are loaded from (text.json). */
  textHref: string;
  /** What a card saved from this text records as where it was met. */
  source: { slug: string; title: string; textHref: string };
  /** The translations the article has: the only ones offered, beside the text or under a paragraph. */
  translations: readonly TranslationLang[];
}

/** Render inside a <ReadingProvider> (article-content.tsx), which the heading shares. */
export function ArticleReader({ kk, cardsHref, descriptions, terms, textLabel, flashcards, textHref, source, translations }: Props) {
  return (
    <>
      <Suspense fallback={null}>
        <ReadingFromUrl translations={translations} />
      </Suspense>
      <Suspense fallback={<ReadingControls query="" translations={translations} />}>
        <ReadingControlsFromUrl translations={translations} />
      </Suspense>
      <TermCardsProvider cardsHref={cardsHref} descriptions={descriptions}>
        <TermList terms={terms} extra={<NewTerms termIds={terms.map((term) => term.id)} />} />
        <ArticleText kk={kk} label={textLabel} textHref={textHref} source={source} translations={translations} />
      </TermCardsProvider>
      <p className={styles.flashcards}>
        <FlashcardsLink files={flashcards} />
      </p>
    </>
  );
}
