"use client";
// One occurrence of a glossary term, for text rendered in the browser: a single focusable
// element whose accessible name says the term and its Russian and English equivalents. Hover or
// keyboard focus shows a Radix tooltip (never on touch), a tap, a click or Enter pins a Radix
// popover with the whole entry, Escape or a tap elsewhere closes it: the surrounding
// <TermCardsProvider> does all of that for every mark inside it (see term-cards-context.tsx).
//
// Usage: inside <TermCardsProvider cards={…}>, write
//   <Term termId="jury-trial" analysis={span.analysis}>алқабилер сотының</Term>
// where the children are the text as shown (possibly transliterated).
import { useLocale, useTranslations } from "next-intl";
import type { Analysis } from "@/lib/annotate/types";
import { encodeGrammar } from "./grammar-attr";
import { markLabel } from "./mark-label";
import { useTermCard } from "./term-cards-context";
import { useTermHighlight } from "./term-highlight-context";
import { TermMark } from "./term-mark";

export interface TermProps {
  /** The glossary entry's id; its card must be among the provider's cards. */
  termId: string;
  /** The occurrence as shown in the text. */
  children: string;
  /** The grammar of the form, from the engine's span. */
  analysis?: Analysis;
  /** The same, already encoded (as segments carry it); used when analysis is absent. */
  grammar?: string;
}

export function Term({ termId, children, analysis, grammar }: TermProps) {
  const t = useTranslations("Term");
  const locale = useLocale();
  const card = useTermCard(termId);
  const { highlighted, onPoint, marking } = useTermHighlight();
  if (!card || !marking) return <>{children}</>;
  return (
    <TermMark
      termId={termId}
      text={children}
      label={markLabel(t.raw("label") as string, children, card)}
      href={`/${locale}/glossary/${termId}`}
      grammar={analysis ? encodeGrammar(analysis) : grammar}
      highlighted={highlighted.has(termId)}
      onPoint={onPoint}
    />
  );
}
