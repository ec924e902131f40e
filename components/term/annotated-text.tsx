"use client";
// A text rendered in the browser (the /annotate page's result) with its term occurrences
// marked, from segments (see toSegments), through the same HTML as the server's article text
// (marks-html.ts). With script="latn" a Kazakh text is shown in the 2021 Latin alphabet, each
// piece transliterated on its own so the terms stay marked and their cards stay the same. Put it
// inside a <TermCardsProvider> holding the cards of the text's entries.
import { useMemo } from "react";
import { useLocale } from "next-intl";
import type { Lang } from "@/lib/glossary/langs";
import { toLatin } from "@/lib/translit";
import { marksHtml } from "@/lib/marks/marks-html";
import type { Segment } from "@/lib/marks/segments";
import { useTermCards } from "./term-cards-context";

export interface AnnotatedTextProps {
  segments: readonly Segment[];
  lang?: Lang;
  script?: "cyrl" | "latn";
}

export function AnnotatedText({ segments, lang = "kk", script = "cyrl" }: AnnotatedTextProps) {
  const locale = useLocale();
  const cards = useTermCards();
  const latin = lang === "kk" && script === "latn";
  const html = useMemo(
    () => marksHtml(segments, { cards, locale, show: latin ? toLatin : undefined }),
    [segments, cards, locale, latin],
  );
  return <span dangerouslySetInnerHTML={{ __html: html }} />;
}
