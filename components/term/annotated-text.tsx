"use client";
// A text with its term occurrences marked, from segments (see toSegments). With
// script="latn" a Kazakh text is shown in the 2021 Latin alphabet, each piece transliterated
// on its own so the terms stay marked and their cards stay the same. One component per text,
// not per term, so a long article stays cheap to render and hydrate.
import { useLocale, useTranslations } from "next-intl";
import type { Lang } from "@/lib/glossary/langs";
import { toLatin } from "@/lib/translit";
import { markLabel } from "./mark-label";
import type { Segment } from "./segments";
import { useTermCards } from "./term-cards-context";
import { useTermHighlight } from "./term-highlight-context";
import { renderTermMark } from "./term-mark";

export interface AnnotatedTextProps {
  segments: readonly Segment[];
  lang?: Lang;
  script?: "cyrl" | "latn";
}

const same = (text: string) => text;

export function AnnotatedText({ segments, lang = "kk", script = "cyrl" }: AnnotatedTextProps) {
  const template = useTranslations("Term").raw("label") as string;
  const locale = useLocale();
  const cards = useTermCards();
  const { highlighted, onPoint, marking } = useTermHighlight();
  const show = lang === "kk" && script === "latn" ? toLatin : same;
  return (
    <>
      {segments.map((segment, i) => {
        if (typeof segment === "string") return show(segment);
        const [text, termId, grammar] = segment;
        const card = cards[termId];
        if (!card || !marking) return show(text);
        const shown = show(text);
        // A plain element, not a component per occurrence: long texts have hundreds.
        const label = markLabel(template, shown, card);
        const href = `/${locale}/glossary/${termId}`;
        return renderTermMark({ termId, text: shown, label, href, grammar, highlighted: highlighted.has(termId), onPoint }, i);
      })}
    </>
  );
}
