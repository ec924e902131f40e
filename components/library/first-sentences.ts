// Where the entries occur in a text, read from the paragraphs' segments (the annotate action's
// output): every occurrence with its paragraph and the sentence around it (for the text's
// project glossary), and each entry's first one (for its flashcards), in text order. Plain
// data, no React.
import type { CardSentence } from "@/lib/export/anki";
import { splitSentences, type Range } from "@/lib/concordance/sentences";
import type { Segment } from "@/lib/marks/segments";

export interface FirstOccurrence {
  termId: string;
  /** 1-based, like the paragraphs' data-paragraph. */
  paragraph: number;
  /** The sentence cut around the occurrence; `term` is the form as written. */
  sentence: CardSentence;
}

/**
 * The sentence holding [start, end) as sentenceAround (lib/concordance/sentences.ts) finds it,
 * widened when the occurrence straddles a boundary, from the paragraph's sentences split once:
 * a pasted text with single line breaks is one long paragraph, and splitting it again for each
 * of its thousands of occurrences took seconds.
 */
function around(sentences: readonly Range[], length: number, start: number, end: number): Range {
  const first = sentences.find((s) => s.end > start) ?? { start: 0, end: length };
  const last = sentences.findLast((s) => s.start < end) ?? first;
  return { start: Math.min(first.start, start), end: Math.max(last.end, end) };
}

/** Every occurrence of every entry, in text order; `only` keeps those it says yes to (before the sentence is cut). */
export function allOccurrences(paragraphs: readonly (readonly Segment[])[], only: (termId: string) => boolean = () => true): FirstOccurrence[] {
  const found: FirstOccurrence[] = [];
  paragraphs.forEach((segments, i) => {
    const text = segments.map((s) => (typeof s === "string" ? s : s[0])).join("");
    let sentences: Range[] | undefined;
    let at = 0;
    for (const segment of segments) {
      const piece = typeof segment === "string" ? segment : segment[0];
      if (typeof segment !== "string" && only(segment[1])) {
        const end = at + piece.length;
        sentences ??= splitSentences(text);
        const range = around(sentences, text.length, at, end);
        found.push({
          termId: segment[1],
          paragraph: i + 1,
          sentence: { before: text.slice(range.start, at), term: piece, after: text.slice(end, range.end) },
        });
      }
      at += piece.length;
    }
  });
  return found;
}

/** Each entry's first occurrence, in the order the entries first occur. */
export function firstOccurrences(paragraphs: readonly (readonly Segment[])[]): FirstOccurrence[] {
  const seen = new Set<string>();
  return allOccurrences(paragraphs, (termId) => {
    if (seen.has(termId)) return false;
    seen.add(termId);
    return true;
  });
}
