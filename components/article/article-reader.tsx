// Puts an article's reading pieces together: the view read from the URL, the reading options,
// the flashcards link, the term list and the text, sharing the cards of this page's terms
// (loaded from cardsHref once the page has hydrated).
import { Suspense } from "react";
import { TermCardsProvider } from "@/components/term/term-cards-context";
import { ArticleText } from "./article-text";
import { TermList } from "./term-list";
import type { TermListItem } from "./types";
import { ViewFromUrl, ViewProvider } from "./view-context";
import { ViewControls, ViewControlsFromUrl } from "./view-controls";
import styles from "./view-controls.module.css";

interface Props {
  /** The Kazakh paragraphs as HTML with their terms marked. */
  kk: string[];
  /** Where the cards of the article's entries are loaded from after hydration (cards.json). */
  cardsHref: string;
  /** The hidden description elements of those entries, as HTML (descriptionsHtml). */
  descriptions: string;
  terms: TermListItem[];
  textLabel: string;
  flashcards: { href: string; label: string; file: string };
  /** Where the Latin and translated renderings are loaded from (text.json). */
  textHref: string;
}

export function ArticleReader({ kk, cardsHref, descriptions, terms, textLabel, flashcards, textHref }: Props) {
  return (
    <ViewProvider>
      <Suspense fallback={null}>
        <ViewFromUrl />
      </Suspense>
      <Suspense fallback={<ViewControls query="" />}>
        <ViewControlsFromUrl />
      </Suspense>
      <TermCardsProvider cardsHref={cardsHref} descriptions={descriptions}>
        <TermList terms={terms} />
        <ArticleText kk={kk} label={textLabel} textHref={textHref} />
      </TermCardsProvider>
      <p className={styles.flashcards}>
        <a href={flashcards.href} download={flashcards.file}>
          {flashcards.label}
        </a>
      </p>
    </ViewProvider>
  );
}
