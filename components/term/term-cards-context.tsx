"use client";
// Holds the cards of the entries on this page (one copy, however often a term occurs) and the
// single Radix tooltip provider. Wrap any text that contains <Term> elements in it.
import { createContext, useContext, type ReactNode } from "react";
import * as Tooltip from "@radix-ui/react-tooltip";
import type { TermCard, TermCards } from "./term-card";

const CardsContext = createContext<TermCards>({});

export function TermCardsProvider({ cards, children }: { cards: TermCards; children: ReactNode }) {
  return (
    <CardsContext.Provider value={cards}>
      <Tooltip.Provider delayDuration={150} skipDelayDuration={300}>
        {children}
      </Tooltip.Provider>
    </CardsContext.Provider>
  );
}

export function useTermCard(id: string): TermCard | undefined {
  return useContext(CardsContext)[id];
}
