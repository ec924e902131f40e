"use client";
// The reader's own text, read like an article: one <p> per paragraph (data-col, data-paragraph,
// id p{n}) inside a container that names the text (data-source-*), for a card saved from one of
// its marks to record where it was met. Each paragraph is the marks' HTML (marks-html.ts) set as
// it is, in the reader's script for a Kazakh text; marking off shows it plain, and the marks of
// the terms the reader knows are drawn quietly when they chose so. Put it inside a
// <TermCardsProvider> with the text's cards, and a <ReadingProvider> (marking and script).
import { useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { flagKnownMarks, marksHtml, unmarkHtml } from "@/lib/marks/marks-html";
import { registerOriginal } from "@/components/term/original-text";
import { kazakhLangTag, showKazakhIn, useKazakhScript } from "@/components/term/kazakh-script";
import { useTermCards } from "@/components/term/term-cards-context";
import { useLocale } from "next-intl";
import { useReading } from "@/components/article/reading-context";
import { useQuietTermIds } from "@/components/learner/use-quiet-terms";
import type { Lang } from "@/lib/glossary/langs";
import type { Segment } from "@/lib/marks/segments";
import styles from "./library.module.css";

interface Props {
  paragraphs: readonly (readonly Segment[])[];
  lang: Lang;
  /** The text's id in the library (none for a text sent without JavaScript) and its title. */
  source: { id?: string; title: string };
  label: string;
}

export function OwnTextParagraphs({ paragraphs, lang, source, label }: Props) {
  const locale = useLocale();
  const cards = useTermCards();
  const script = useKazakhScript();
  const { view } = useReading();
  const quiet = useQuietTermIds();
  const latin = lang === "kk" && script === "latn";
  const marked = useMemo(
    () => paragraphs.map((segments) => marksHtml(segments, { cards, locale, show: latin ? showKazakhIn("latn") : undefined })),
    [paragraphs, cards, locale, latin],
  );
  // A card saved from the Latin view keeps the text's own spelling (original-text.ts).
  const original = useMemo(() => (latin ? paragraphs.map((segments) => marksHtml(segments, { cards, locale })) : null), [paragraphs, cards, locale, latin]);
  useEffect(() => (original && source.id ? registerOriginal(source.id, original) : undefined), [original, source.id]);
  const shown = useMemo(() => marked.map((html) => (view.marking ? html : unmarkHtml(html))), [marked, view.marking]);
  // Known terms' marks flagged in place after every render, so that an open card's mark stays.
  const section = useRef<HTMLElement>(null);
  useLayoutEffect(() => flagKnownMarks(section.current, quiet));
  const langTag = lang === "kk" ? kazakhLangTag(script) : lang;
  return (
    <section
      ref={section}
      aria-label={label}
      className={styles.text}
      data-annotated=""
      data-source-kind="text"
      data-source-id={source.id}
      data-source-title={source.title}
    >
      {shown.map((html, i) => (
        <div key={i} data-row="">
          <p id={`p${i + 1}`} lang={langTag} data-col={lang} data-paragraph={i + 1} dangerouslySetInnerHTML={{ __html: html }} />
        </div>
      ))}
    </section>
  );
}
