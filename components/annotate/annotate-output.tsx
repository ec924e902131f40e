"use client";
// The reader's own text, marked and read like an article: its title, how many terms were found,
// the reading options (Kazakh script, marking), the term list that steps through the
// occurrences, the paragraphs with their marks and cards, the list of the entries found (each
// linking to its glossary entry), the text's flashcards and its project glossary (the terms
// found, as TBX, CSV or JSON for a CAT tool). Kazakh shows in the reader's script everywhere on
// it; the exports keep the text's own spelling.
import { Suspense, useMemo, type Ref } from "react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { TermCardsProvider } from "@/components/term";
import { kazakhLangTag, showKazakhIn, useKazakhScript } from "@/components/term/kazakh-script";
import { ReadingFromUrl, ReadingProvider } from "@/components/article/reading-context";
import { TermList } from "@/components/article/term-list";
import type { TermListItem } from "@/components/article/types";
import { FlashcardsDownload } from "@/components/library/flashcards-download";
import { OwnTextParagraphs } from "@/components/library/own-text-paragraphs";
import { ProjectExport } from "@/components/library/project-export";
import { ReaderControls } from "@/components/library/reader-controls";
import { localePath } from "@/i18n/navigation";
import type { Lang } from "@/lib/glossary/langs";
import type { AnnotateResult } from "./state";
import styles from "@/components/library/library.module.css";

interface Props {
  lang: Lang;
  result: AnnotateResult;
  source: { id?: string; title: string };
  /** The heading, for the page to move focus to when a text is opened from the library. */
  headingRef?: Ref<HTMLHeadingElement>;
}

export function AnnotateOutput(props: Props) {
  return (
    <ReadingProvider>
      <Suspense fallback={null}>
        <ReadingFromUrl />
      </Suspense>
      <Reader {...props} />
    </ReadingProvider>
  );
}

function Reader({ lang, result, source, headingRef }: Props) {
  const t = useTranslations("Annotate");
  const article = useTranslations("Article");
  const library = useTranslations("Library");
  const locale = useLocale();
  const script = useKazakhScript();
  const show = showKazakhIn(script);
  const kkTag = kazakhLangTag(script);
  const items: TermListItem[] = useMemo(
    () => result.terms.map((term) => ({ ...term, countLabel: article("occurrences", { count: term.count }) })),
    [result.terms, article],
  );
  return (
    <section aria-labelledby="annotate-result" className={styles.reader}>
      <h2 id="annotate-result" ref={headingRef} tabIndex={-1} lang={lang === "kk" ? kkTag : lang}>
        {lang === "kk" ? show(source.title) : source.title}
      </h2>
      <p role="status">{t("found", { count: result.occurrences, terms: result.terms.length })}</p>
      <ReaderControls />
      <TermCardsProvider cards={result.cards}>
        {items.length > 0 && <TermList terms={items} lang={lang} labels={{ title: library("termList"), noTerms: library("noTerms") }} />}
        <OwnTextParagraphs paragraphs={result.paragraphs} lang={lang} source={source} label={t("result")} />
      </TermCardsProvider>
      {result.terms.length > 0 && (
        <>
          <h3>{t("termsFound")}</h3>
          <ul className={styles.terms}>
            {result.terms.map((term) => (
              <li key={term.id}>
                <Link href={localePath(locale, `/glossary/${term.id}`)} lang={kkTag}>
                  {show(term.term)}
                </Link>{" "}
                ({term.count})
              </li>
            ))}
          </ul>
          <FlashcardsDownload result={result} lang={lang} title={source.title} />
        </>
      )}
      <ProjectExport result={result} lang={lang} title={source.title} />
    </section>
  );
}
