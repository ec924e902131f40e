// The data an article page hands its client components (prepared by server/article-view.ts).

/**
 * The article's text in the renderings the page loads only when the reader asks for them, as
 * its text.json serves them: each paragraph as HTML with its terms marked (marks-html.ts).
 */
export interface ArticleTexts {
  /** The Kazakh text in the 2021 Latin alphabet. */
  latn: string[];
  ru: string[];
  en: string[];
}

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
