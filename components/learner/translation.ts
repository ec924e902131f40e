// The translation of the sentence a term was met in, for a saved term's card: the sentence of the
// same paragraph in Russian (or English, in the English interface) that holds a mark of the same
// entry. It is taken from the translation column beside the paragraph when the reader has one
// open, else, for an article, from its text.json (article-texts.ts: the page's one fetch of it).
// No sentence when the entry is not marked in the translated paragraph: a guess could pair the
// wrong words.
import { loadArticleTexts } from "@/components/article/article-texts";
import type { MetTranslation } from "@/lib/learner/types";
import { firstMarkOf, sentenceInHtml, sentenceOf, type MetMark } from "./met-in-dom";

/** The translation the interface language calls for: English in the English interface, else Russian. */
export const translationLangFor = (locale: string): "ru" | "en" => (locale === "en" ? "en" : "ru");

export async function findTranslation(met: MetMark, termId: string, locale: string): Promise<MetTranslation | undefined> {
  if (met.lang !== "kk") return undefined;
  if (met.rowTranslation) {
    const mark = firstMarkOf(met.rowTranslation.paragraph, termId);
    return mark ? { lang: met.rowTranslation.lang, sentence: sentenceOf(met.rowTranslation.paragraph, mark) } : undefined;
  }
  if (!met.textHref) return undefined;
  const lang = translationLangFor(locale);
  const loaded = await loadArticleTexts(met.textHref);
  const html = loaded?.[lang]?.[met.metIn.paragraph - 1];
  const sentence = typeof html === "string" ? sentenceInHtml(html, termId) : undefined;
  return sentence ? { lang, sentence } : undefined;
}

export { forgetArticleTextsForTests } from "@/components/article/article-texts";
