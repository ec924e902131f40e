// The data an article page hands its client components (prepared by server/article-view.ts).
import type { Lang } from "@/lib/glossary/langs";
import type { Segment } from "@/components/term/segments";

export interface ParagraphView {
  /** 1-based, as in the #p{n} anchors. */
  n: number;
  segments: Record<Lang, Segment[]>;
}

export interface TermCount {
  id: string;
  /** The Kazakh term. */
  term: string;
  /** Occurrences in the Kazakh text. */
  count: number;
}
