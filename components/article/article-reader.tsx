// Puts an article's reading pieces together: the view read from the URL, the reading options,
// the flashcards link, the term list and the text, sharing the cards of this page's terms.
import { Suspense } from "react";
import { TermCardsProvider } from "@/components/term/term-cards-context";
import type { TermCards } from "@/components/term/term-card";
import { ArticleText } from "./article-text";
import { TermList } from "./term-list";
import type { ParagraphView, TermListItem } from "./types";
import { ViewFromUrl, ViewProvider } from "./view-context";
import { ViewControls, ViewControlsFromUrl } from "./view-controls";
import styles from "./view-controls.module.css";

interface Props {
  paragraphs: ParagraphView[];
  cards: TermCards;
  terms: TermListItem[];
  textLabel: string;
  flashcards: { href: string; label: string; file: string };
  /** Where the translations are loaded from, when the paragraphs carry only the Kazakh text. */
  translationsHref?: string;
}

export function ArticleReader({ paragraphs, cards, terms, textLabel, flashcards, translationsHref }: Props) {
  return (
    <ViewProvider>
      <Suspense fallback={null}>
        <ViewFromUrl />
      </Suspense>
      <Suspense fallback={<ViewControls query="" />}>
        <ViewControlsFromUrl />
      </Suspense>
      <TermCardsProvider cards={cards}>
        <TermList terms={terms} />
        <ArticleText paragraphs={paragraphs} label={textLabel} translationsHref={translationsHref} />
      </TermCardsProvider>
      <p className={styles.flashcards}>
        <a href={flashcards.href} download={flashcards.file}>
          {flashcards.label}
        </a>
      </p>
    </ViewProvider>
  );
}
