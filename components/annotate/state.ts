// What the /annotate form's action answers: the text, language and library id sent (to keep them
// in the form and to know which of the reader's texts it is), and either a problem to explain or
// the marked-up text, paragraph by paragraph, with its entries' cards.
import type { TextProblem } from "@/lib/annotate-request/check-text";
import type { Lang } from "@/lib/glossary/langs";
import type { Segment } from "@/lib/marks/segments";
import type { TermCards } from "@/lib/marks/term-card";

/**
 * What a project glossary needs of an entry found, beyond its card (term-card.ts keeps cards to
 * what a tooltip shows): its sources and related ids, and the name each form the text has of it
 * reads as (алқабилер сотының → алқабилер соты). Only for the entries found, so it stays as
 * bounded as the cards.
 */
export interface FoundEntryDetails {
  sources: string[];
  related: string[];
  /** Form as written in the text → the entry's name (term or variant) it reads as. */
  names: Record<string, string>;
}

export interface AnnotateResult {
  /** The text's paragraphs (splitParagraphs), each cut into plain runs and term occurrences. */
  paragraphs: Segment[][];
  cards: TermCards;
  /** By entry id, the entries of `cards`. */
  details: Record<string, FoundEntryDetails>;
  /** The entries found, in Kazakh order, with how often each occurs. */
  terms: { id: string; term: string; count: number }[];
  occurrences: number;
}

export interface AnnotateState {
  text: string;
  lang: Lang;
  /** The id the text has (or gets) in the reader's library; none when sent without JavaScript. */
  id?: string;
  problem?: TextProblem;
  result?: AnnotateResult;
}

export const INITIAL_STATE: AnnotateState = { text: "", lang: "kk" };

/** A library id as the page makes them (crypto.randomUUID), or anything as tame. */
export const isTextId = (value: unknown): value is string => typeof value === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(value);
