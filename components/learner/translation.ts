// The translation of the sentence a term was met in, for a saved term's card: the sentence of the
// same paragraph in Russian (or English, in the English interface) that holds a mark of the same
// entry. It is taken from the translation column beside the paragraph when the reader has one
// open, else, for an article, from its text.json (fetched once per page and kept). No sentence
// when the entry is not marked in the translated paragraph: a guess could pair the wrong words.
import type { ArticleTexts } from "@/components/article/types";
import type { MetTranslation } from "@/lib/learner/types";
import { firstMarkOf, sentenceInHtml, sentenceOf, type MetMark } from "./met-in-dom";

const texts = new Map<string, Promise<ArticleTexts | null>>();

/** An article's text.json, fetched once; null (and tried again next time) when it cannot be had. */
function articleTexts(href: string): Promise<ArticleTexts | null> {
  let loading = texts.get(href);
  if (!loading) {
    loading = fetch(href)
      .then((response) => (response.ok ? (response.json() as Promise<ArticleTexts>) : null))
      .catch(() => null)
      .then((loaded) => {
        if (!loaded) texts.delete(href);
        return loaded;
      });
    texts.set(href, loading);
  }
  return loading;
}

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
  const loaded = await articleTexts(met.textHref);
  const html = loaded?.[lang]?.[met.metIn.paragraph - 1];
  const sentence = typeof html === "string" ? sentenceInHtml(html, termId) : undefined;
  return sentence ? { lang, sentence } : undefined;
}

/** For tests: forgets the fetched texts. */
export function forgetArticleTextsForTests(): void {
  texts.clear();
}
