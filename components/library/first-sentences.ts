// For a text's flashcards: each entry's first occurrence in the text and the sentence around it,
// read from the paragraphs' segments (the annotate action's output), in the order the entries
// first occur. Plain data, no React.
import type { CardSentence } from "@/lib/export/anki";
import { sentenceAround } from "@/lib/concordance/sentences";
import type { Segment } from "@/components/term/segments";

export interface FirstOccurrence {
  termId: string;
  /** 1-based, like the paragraphs' data-paragraph. */
  paragraph: number;
  sentence: CardSentence;
}

export function firstOccurrences(paragraphs: readonly (readonly Segment[])[]): FirstOccurrence[] {
  const found = new Map<string, FirstOccurrence>();
  paragraphs.forEach((segments, i) => {
    const text = segments.map((s) => (typeof s === "string" ? s : s[0])).join("");
    let at = 0;
    for (const segment of segments) {
      const piece = typeof segment === "string" ? segment : segment[0];
      if (typeof segment !== "string" && !found.has(segment[1])) {
        const end = at + piece.length;
        const range = sentenceAround(text, at, end);
        found.set(segment[1], {
          termId: segment[1],
          paragraph: i + 1,
          sentence: { before: text.slice(range.start, at), term: piece, after: text.slice(end, range.end) },
        });
      }
      at += piece.length;
    }
  });
  return [...found.values()];
}
