// The data an article page hands its client components (prepared by server/article-view.ts).
import type { Lang } from "@/lib/glossary/langs";
import type { Segment } from "@/components/term/segments";

export interface ParagraphView {
  /** 1-based, as in the #p{n} anchors. */
  n: number;
  /** Kazakh always; the translations only when not loaded on demand (see Translations). */
  segments: { kk: Segment[] } & Partial<Record<TranslationLang, Segment[]>>;
}

export type TranslationLang = Exclude<Lang, "kk">;

/** The translations of an article, paragraph by paragraph, as its translations.json serves them. */
export type Translations = Record<TranslationLang, Segment[][]>;

export interface TermCount {
  id: string;
  /** The Kazakh term. */
  term: string;
  /** Occurrences in the Kazakh text. */
  count: number;
}

/** A term of the list with its count already worded in the interface language ("3 occurrences"). */
export interface TermListItem extends TermCount {
  countLabel: string;
}
