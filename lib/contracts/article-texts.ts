// What an article's text.json answers (app/[locale]/articles/[slug]/text.json/route.ts, built by
// server/article-view.ts) and what the article page loads when the reader asks for a rendering.
import { TRANSLATION_LANGS, type TranslationLang } from "@/lib/languages/codes";
import type { TermNames } from "@/lib/marks/mark-description";
import { arrayOf, isString, shape, type Guard } from "./guard";

/**
 * The article's text in the renderings the page loads only when the reader asks for them, as
 * its text.json serves them: each paragraph as HTML with its terms marked (marks-html.ts).
 */
export type ArticleTexts = {
  /** The Kazakh text in the 2021 Latin alphabet. */
  latn: string[];
  /**
   * The names of the entries that occur only in the translations (the page itself names those
   * of its Kazakh text), for the descriptions of their marks.
   */
  names: TermNames[];
} & {
  /** Each translation the article has; one it lacks is absent (never an empty list). */
  [L in TranslationLang]?: string[];
};

const translations = Object.fromEntries(TRANSLATION_LANGS.map((lang) => [lang, arrayOf(isString)])) as Record<TranslationLang, Guard<string[]>>;

/** An entry's id and its Kazakh, Russian and English terms. */
const isNames: Guard<[string, string, string, string]> = (value, fail): value is [string, string, string, string] => {
  if (!arrayOf(isString)(value, fail)) return false;
  if (value.length === 4) return true;
  fail?.("");
  return false;
};

export const isArticleTexts: Guard<ArticleTexts> = shape<{ latn: string[]; names: TermNames[] }, Record<TranslationLang, string[]>>(
  { latn: arrayOf(isString), names: arrayOf(isNames) },
  translations,
);
