// A text with its term occurrences marked, as an HTML string: the server renders article text
// this way and the browser sets it as the paragraph's content, so a long article's hundreds of
// marks cost React no components and no hydration (see components/article/article-text.tsx).
// Each mark is one link to the glossary entry, named by its text and described (for screen
// readers) by the Kazakh term and its Russian and English equivalents, which the surrounding
// <TermCardsProvider> renders once per entry; the provider also turns the mark into a tooltip on
// hover or focus and a pinned card on click, tap or Enter. Text and attribute values are
// escaped here, and a mark holds nothing but escaped text, which unmarkHtml relies on.
import { MARK_ATTRIBUTES, MARK_SELECTOR, markTermId } from "./attributes";
import { escapeHtml } from "@/lib/text/html";
import type { Segment } from "./segments";

export interface MarksHtmlOptions {
  /**
   * The page's entries (their cards, or anything keyed by their ids); an occurrence of an entry
   * not among them stays plain text.
   */
  cards: { readonly [termId: string]: unknown };
  /** The interface language: a mark links to the entry's page in it. */
  locale: string;
  /** How a piece of text is shown: toLatin for Kazakh in the Latin alphabet. */
  show?: (text: string) => string;
}

export { escapeHtml };

const same = (text: string) => text;

/** The id of the element describing an entry's marks (see mark-description.ts). */
export const descriptionId = (termId: string): string => `term-description-${termId}`;

export function marksHtml(segments: readonly Segment[], { cards, locale, show = same }: MarksHtmlOptions): string {
  let html = "";
  for (const segment of segments) {
    if (typeof segment === "string") {
      html += escapeHtml(show(segment));
      continue;
    }
    const [text, termId, grammar] = segment;
    const shown = show(text);
    if (!cards[termId]) {
      html += escapeHtml(shown);
      continue;
    }
    const href = `/${locale}/glossary/${encodeURIComponent(termId)}`;
    const grammarAttr = grammar ? ` ${MARK_ATTRIBUTES.grammar}="${escapeHtml(grammar)}"` : "";
    const id = escapeHtml(termId);
    html += `<a href="${escapeHtml(href)}" ${MARK_ATTRIBUTES.term}="${id}"${grammarAttr} aria-describedby="${escapeHtml(descriptionId(termId))}" aria-haspopup="dialog">${escapeHtml(shown)}</a>`;
  }
  return html;
}

/** marksHtml's output without its marks: plain text, for reading with marking switched off. */
export const unmarkHtml = (html: string): string => html.replace(/<a [^>]*>|<\/a>/g, "");

/**
 * Flags the marks under root of the given entries data-known (drawn quietly) and unflags the
 * others. It changes attributes of the marks in place, never the HTML they were set from: a
 * mark whose card is open stays the same element (the card is anchored to it).
 */
export function flagKnownMarks(root: ParentNode | null | undefined, known: ReadonlySet<string>): void {
  for (const mark of root?.querySelectorAll<HTMLElement>(MARK_SELECTOR) ?? []) {
    const isKnown = known.has(markTermId(mark));
    if (isKnown !== mark.hasAttribute(MARK_ATTRIBUTES.known)) mark.toggleAttribute(MARK_ATTRIBUTES.known, isKnown);
  }
}

/** marksHtml's output with the marks of one entry flagged data-highlighted (a concordance target). */
export function highlightHtml(html: string, termId: string): string {
  const attribute = `${MARK_ATTRIBUTES.term}="${escapeHtml(termId)}"`;
  return html.split(attribute).join(`${attribute} ${MARK_ATTRIBUTES.highlighted}=""`);
}
