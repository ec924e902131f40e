// The attributes a term mark carries, between the HTML the server writes (marks-html.ts) and
// the browser code that reads it (the card layer, the article's linked columns, the term list,
// what a saved term records): one place for their names and for reading them.
//   <a href="…" data-term="supreme-court" data-grammar="сот|сот||ы:poss3,ның:genitive" …>
import type { Analysis } from "@/lib/annotate/types";
import { decodeGrammar } from "./grammar-attr";

export const MARK_ATTRIBUTES = {
  /** The entry's id. */
  term: "data-term",
  /** The form's grammar, in grammar-attr.ts's compact form; absent for a dictionary form. */
  grammar: "data-grammar",
  /** Set on the marks of entries the reader knows, drawn quietly. */
  known: "data-known",
  /** Set on the marks of the entry a concordance link points at. */
  highlighted: "data-highlighted",
} as const;

/** Every term mark. */
export const MARK_SELECTOR = `a[${MARK_ATTRIBUTES.term}]`;

/** The marks of one entry; `escape` is CSS.escape in the browser. */
export const marksOfEntrySelector = (termId: string, escape: (value: string) => string): string => `a[${MARK_ATTRIBUTES.term}="${escape(termId)}"]`;

/** The mark an event happened in, if any. */
export const closestMark = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>(MARK_SELECTOR) : null;

export const markTermId = (mark: Element): string => mark.getAttribute(MARK_ATTRIBUTES.term) ?? "";

export const markAnalysis = (mark: Element): Analysis | undefined => decodeGrammar(mark.getAttribute(MARK_ATTRIBUTES.grammar));

/** The grammar attribute as written (for keeping with a saved term). */
export const markGrammarText = (mark: Element): string | undefined => mark.getAttribute(MARK_ATTRIBUTES.grammar) ?? undefined;
