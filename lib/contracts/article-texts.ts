// What an article's text.json answers (app/[locale]/articles/[slug]/text.json/route.ts, built by
// server/article-view.ts) and what the article page loads when the reader asks for a rendering.
import { TRANSLATION_LANGS, type TranslationLang } from "@/lib/languages/codes";
import { arrayOf, isString, shape, type Guard } from "./guard";

/**
 * The article's text in the renderings the page loads only when the reader asks for them, as
 * its text.json serves them: each paragraph as HTML with its terms marked (marks-html.ts).
 */
export type ArticleTexts = {
  /** The Kazakh text in the 2021 Latin alphabet. */
  latn: string[];
} & {
  /** Each translation the article has; one it lacks is absent (never an empty list). */
  [L in TranslationLang]?: string[];
};

const translations = Object.fromEntries(TRANSLATION_LANGS.map((lang) => [lang, arrayOf(isString)])) as Record<TranslationLang, Guard<string[]>>;

export const isArticleTexts: Guard<ArticleTexts> = shape<{ latn: string[] }, Record<TranslationLang, string[]>>({ latn: arrayOf(isString) }, translations);
