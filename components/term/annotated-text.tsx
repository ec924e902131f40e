"use client";
// A text with its term occurrences marked, from segments (see toSegments). With
// script="latn" a Kazakh text is shown in the 2021 Latin alphabet, each piece transliterated
// on its own so the terms stay marked and their cards stay the same.
import type { Lang } from "@/lib/glossary/langs";
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
        typeof segment === "string" ? (
          show(segment)
        ) : (
          <Term key={i} termId={segment[1]} grammar={segment[2]}>
            {show(segment[0])}
          </Term>
        ),
      )}
    </>
  );
}
