// The one active term of a <TermCardsProvider>: which mark, and whether its card is pinned.
import type { Analysis } from "@/lib/annotate/types";
import type { Lang } from "@/lib/glossary/langs";

export interface ActiveTerm {
  anchor: HTMLElement;
  termId: string;
  analysis?: Analysis;
  /** Language of the text the mark is in (the grammar line's words are in it). */
  lang: Lang;
  /** Pinned: the popover with the whole entry; otherwise the tooltip. */
  pinned: boolean;
}
