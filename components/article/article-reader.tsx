"use client";
// Puts an article's reading pieces together: the view read from the URL, the reading options,
// the flashcards link, the term list and the text, sharing the cards of this page's terms
// (loaded from cardsHref once the page has hydrated). It gets the page's data compact
// (articlePagePayload in lib/reader/page-payload.ts) and words and marks it here, on the server
// as the page is rendered and again in the browser as it hydrates.
import { Suspense, useMemo } from "react";
import { useTranslations } from "next-intl";
import type { TermNames } from "@/lib/marks/mark-description";
import type { PageSegment } from "@/lib/reader/page-payload";
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
  /** The Kazakh paragraphs' segments (articlePagePayload). */
  kk: PageSegment[][];
  /** The entries of the Kazakh text, with their counts there: the term list (articlePagePayload). */
  terms: TermNames[];
  /** Where the cards of the article's entries are loaded from after hydration (cards.json). */
  cardsHref: string;
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
export function ArticleReader({ kk, terms, cardsHref, textLabel, flashcards, textHref, source, translations }: Props) {
  const t = useTranslations("Article");
  const listed: TermListItem[] = useMemo(
    () => terms.map(([id, term, , , count = 0]) => ({ id, term, count, countLabel: t("occurrences", { count }) })),
    [terms, t],
  );
  return (
    <>
      <Suspense fallback={null}>
        <ReadingFromUrl translations={translations} />
      </Suspense>
      <Suspense fallback={<ReadingControls query="" translations={translations} />}>
        <ReadingControlsFromUrl translations={translations} />
      </Suspense>
      <TermCardsProvider cardsHref={cardsHref} names={terms}>
        <TermList terms={listed} extra={<NewTerms termIds={listed.map((term) => term.id)} />} />
        <ArticleText kk={kk} terms={terms} label={textLabel} textHref={textHref} source={source} translations={translations} />
      </TermCardsProvider>
      <p className={styles.flashcards}>
        <FlashcardsLink files={flashcards} />
      </p>
    </>
  );
}
