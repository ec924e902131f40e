// What the /annotate form's action answers: the text and language sent (to keep them in the
// form), and either a problem to explain or the marked-up text with its entries' cards.
import type { TextProblem } from "@/lib/annotate-request/check-text";
import type { Lang } from "@/lib/glossary/langs";
import type { Segment } from "@/components/term/segments";
import type { TermCards } from "@/components/term/term-card";

export interface AnnotateResult {
  segments: Segment[];
  cards: TermCards;
  /** The entries found, in Kazakh order, with how often each occurs. */
  terms: { id: string; term: string; count: number }[];
  occurrences: number;
}

export interface AnnotateState {
  text: string;
  lang: Lang;
  problem?: TextProblem;
  result?: AnnotateResult;
}

export const INITIAL_STATE: AnnotateState = { text: "", lang: "kk" };
