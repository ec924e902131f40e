// The data an article page hands its client components (prepared by server/article-view.ts).

/** The article's other renderings, as its text.json serves them; the contract's guard checks them when fetched. */
export type { ArticleTexts } from "@/lib/contracts/article-texts";

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
