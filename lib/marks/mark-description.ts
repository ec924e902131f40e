// What a screen reader says after a term mark's own text: the Kazakh term and its Russian and
// English equivalents, worded by the interface language's Term.description message. One hidden
// element per entry carries it (TermCardsProvider renders them, or the server does when the
// cards come later) and every mark of the entry points there with aria-describedby, so a long
// article does not repeat it at each occurrence.
import { descriptionId, escapeHtml } from "./marks-html";
import type { TermCard } from "./term-card";

/** The Term.description message, formatted: next-intl's `t("description", values)` on either side. */
export type DescribeTerm = (values: { term: string; ru: string; en: string }) => string;

export const markDescription = (describe: DescribeTerm, card: TermCard): string => describe({ term: card.kk.term, ru: card.ru.term, en: card.en.term });

/** The description elements of all the page's entries, as HTML (one element for React, not one per entry). */
export function descriptionsHtml(describe: DescribeTerm, cards: Iterable<TermCard>): string {
  let html = "";
  for (const card of cards) html += `<span id="${escapeHtml(descriptionId(card.id))}">${escapeHtml(markDescription(describe, card))}</span>`;
  return html;
}
