// What an article's cards.json answers (app/[locale]/articles/[slug]/cards.json/route.ts) and
// what a page's term tooltips and cards read: by entry id, enough of each entry for its card.
import type { GlossaryEntry, LangBlock } from "@/lib/glossary/schema";
import { isDomain, isStatus } from "./glossary-values";
import { arrayOf, isBoolean, isString, recordOf, shape, type Guard } from "./guard";

/** One glossary entry as a term's tooltip and pinned card show it (no sources, no related ids). */
export type TermCard = Pick<GlossaryEntry, "id" | "status" | "domains" | "kk" | "ru" | "en">;

/** Cards keyed by entry id, as TermCardsProvider takes them. */
export type TermCards = Record<string, TermCard>;

// The fields a card shows are checked; a name's type and part of speech, which no card reads, pass as sent.
const isLangBlock: Guard<LangBlock> = shape<Pick<LangBlock, "term" | "variants">, Pick<LangBlock, "definition" | "note" | "fullForm" | "caseSensitive">>(
  { term: isString, variants: arrayOf(isString) },
  { definition: isString, note: isString, fullForm: isString, caseSensitive: isBoolean },
);

export const isTermCard: Guard<TermCard> = shape<TermCard>({
  id: isString,
  status: isStatus,
  domains: arrayOf(isDomain),
  kk: isLangBlock,
  ru: isLangBlock,
  en: isLangBlock,
});

export const isTermCards: Guard<TermCards> = recordOf(isTermCard);
