// What the browser gets to know about one glossary entry: enough for a term's tooltip and
// pinned card, nothing more (no sources, no related ids). Pages pass only the cards of the
// entries that occur on them, so the whole glossary never travels to the browser.
import type { TermCard, TermCards } from "@/lib/contracts/term-cards";
import type { GlossaryEntry } from "@/lib/glossary/schema";

// The shape is the cards.json contract's, where the browser's guard for it lives.
export type { TermCard, TermCards };

export function toTermCard(entry: GlossaryEntry): TermCard {
  const { id, status, domains, kk, ru, en } = entry;
  return { id, status, domains, kk, ru, en };
}

/** The cards of the given entry ids only (unknown ids are skipped: the caller's spans name them). */
export function pickTermCards(entries: Iterable<GlossaryEntry>, ids: Iterable<string>): TermCards {
  const wanted = new Set(ids);
  const cards: TermCards = {};
  for (const entry of entries) if (wanted.has(entry.id)) cards[entry.id] = toTermCard(entry);
  return cards;
}
