"use client";
// Optional surroundings of a <Term>: which entry to highlight, whom to tell when a term is
// pointed at (so a parallel column can light up the same entry), and whether marking is on.
// Without a provider terms are marked, nothing is highlighted and nobody is told.
import { createContext, useContext } from "react";

export interface TermHighlight {
  /** Entry ids whose occurrences are shown highlighted. */
  highlighted: ReadonlySet<string>;
  /** Called with an entry id when one of its terms is hovered or focused, with null when left. */
  onPoint?: (termId: string | null) => void;
  /** False shows terms as plain text, for reading without marks. */
  marking: boolean;
}

const NONE: TermHighlight = { highlighted: new Set(), marking: true };

export const TermHighlightContext = createContext<TermHighlight>(NONE);

export const useTermHighlight = (): TermHighlight => useContext(TermHighlightContext);
