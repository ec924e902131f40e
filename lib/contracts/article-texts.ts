// What an article's text.json answers (app/[locale]/articles/[slug]/text.json/route.ts, built by
// server/article-view.ts) and what the article page loads when the reader asks for a rendering.
import { arrayOf, isString, shape, type Guard } from "./guard";

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

export const isArticleTexts: Guard<ArticleTexts> = shape<ArticleTexts>({ latn: arrayOf(isString), ru: arrayOf(isString), en: arrayOf(isString) });
