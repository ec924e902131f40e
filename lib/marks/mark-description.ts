// What a screen reader says after a term mark's own text: the Kazakh term and its Russian and
// English equivalents, worded by the interface language's Term.description message. One hidden
// element per entry carries it (TermCardsProvider renders them, from the cards or, when the
// cards come later, from the page's TermNames) and every mark of the entry points there with
// aria-describedby, so a long article does not repeat it at each occurrence.
import { descriptionId, escapeHtml } from "./marks-html";
import type { TermCard } from "./term-card";

/** The Term.description message, formatted: next-intl's `t("description", values)` on either side. */
export type DescribeTerm = (values: { term: string; ru: string; en: string }) => string;

/**
 * An entry's id and terms, as an article page hands them to the browser before its cards come:
 * a tuple, since a long article's payload holds one per entry (and the page's HTML, its React
 * payload and its prefetch files each hold that payload). An article page's list adds the
 * entry's count in the Kazakh text.
 */
export type TermNames = readonly [id: string, kk: string, ru: string, en: string, count?: number];

export const termNames = (card: TermCard, count?: number): TermNames =>
  count === undefined ? [card.id, card.kk.term, card.ru.term, card.en.term] : [card.id, card.kk.term, card.ru.term, card.en.term, count];

/** The description elements of all the page's entries, as HTML (one element for React, not one per entry). */
export function descriptionsHtml(describe: DescribeTerm, terms: Iterable<TermNames>): string {
  let html = "";
  for (const [id, term, ru, en] of terms) html += `<span id="${escapeHtml(descriptionId(id))}">${escapeHtml(describe({ term, ru, en }))}</span>`;
  return html;
}
