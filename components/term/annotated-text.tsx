"use client";
// A text with its term occurrences marked, from segments (see toSegments). With
// script="latn" a Kazakh text is shown in the 2021 Latin alphabet, each piece transliterated
// on its own so the terms stay marked and their cards stay the same.
import type { Lang } from "@/lib/glossary/schema";
import { toLatin } from "@/lib/translit";
import type { Segment } from "./segments";
import { Term } from "./term";

export interface AnnotatedTextProps {
  segments: readonly Segment[];
  lang?: Lang;
  script?: "cyrl" | "latn";
}

export function AnnotatedText({ segments, lang = "kk", script = "cyrl" }: AnnotatedTextProps) {
  const show = lang === "kk" && script === "latn" ? toLatin : (text: string) => text;
  return (
    <>
      {segments.map((segment, i) =>
        segment.termId ? (
          <Term key={i} termId={segment.termId} analysis={segment.analysis} lang={lang}>
            {show(segment.text)}
          </Term>
        ) : (
          show(segment.text)
        ),
      )}
    </>
  );
}
