// The data an article page hands its client components (prepared by lib/reader/article-view.ts).

/** The article's other renderings, as its text.json serves them; the contract's guard checks them when fetched. */
export type { ArticleTexts } from "@/lib/contracts/article-texts";

import type { TermCount } from "@/lib/reader/article-view";

export type { TermCount };

/** A term of the list with its count already worded in the interface language ("3 occurrences"). */
export interface TermListItem extends TermCount {
  countLabel: string;
}
