"use client";
// Where a <TermCardsProvider> gets its cards: given with the page (a short text such as the
// /annotate result) or loaded from the page's cards.json once the page has hydrated (an
// article), so that hundreds of entries' definitions are not part of the page's React payload,
// which the browser would otherwise decode while it hydrates. Until they arrive a term's card
// simply waits to open; if loading fails, the next term the reader opens tries again.
import { useCallback, useEffect, useState } from "react";
import { expectContract } from "@/lib/contracts/guard";
import { isTermCards } from "@/lib/contracts/term-cards";
import type { TermCards } from "@/lib/marks/term-card";

export type CardsSource = { cards: TermCards } | { cardsHref: string };

export interface PageCards {
  /** The cards, or null while they are loading or after loading failed. */
  cards: TermCards | null;
  /** Whether the last attempt to load them failed (a term's link then opens its glossary entry). */
  failed: boolean;
  /** Loads them again after a failure; does nothing otherwise. */
  retry: () => void;
}

export function usePageCards(source: CardsSource): PageCards {
  const given = "cards" in source ? source.cards : null;
  const href = "cardsHref" in source ? source.cardsHref : null;
  const [loaded, setLoaded] = useState<{ href: string; cards: TermCards } | null>(null);
  const [failure, setFailure] = useState<{ href: string; attempt: number } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (href === null) return;
    let live = true;
    fetch(href)
      .then(async (response) => {
        if (!response.ok) throw new Error(`${href}: ${response.status}`);
        // Cards not as cards.json promises fail like a failed fetch: a term's link opens its entry.
        return expectContract(isTermCards, await response.json(), href);
      })
      .then((cards) => live && setLoaded({ href, cards }))
      .catch(() => live && setFailure({ href, attempt }));
    return () => {
      live = false;
    };
  }, [href, attempt]);
  const failed = href !== null && failure?.href === href && failure.attempt === attempt;
  const retry = useCallback(() => {
    if (failed) setAttempt((n) => n + 1);
  }, [failed]);
  const cards = given ?? (loaded && loaded.href === href ? loaded.cards : null);
  return { cards, failed, retry };
}
