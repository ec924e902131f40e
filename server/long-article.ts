// A long article made for measurement (`npm run audit`): the real articles' aligned paragraphs
// repeated, in the same order in each language (a translation only when every article picked
// from has it), until the Kazakh text has the words asked for. Never written to articles/;
// served only by the audit's own route.
import "server-only";
import { versionIn, type Article, type ArticleVersion } from "@/lib/articles/parse";
import { ORIGINAL_LANG, TRANSLATION_LANGS, type Lang } from "@/lib/languages/codes";
import { viewOf, type ArticleView } from "@/server/article-view";
import { getArticles } from "@/server/content";

/** The length the audit asks for. */
const LONG_ARTICLE_WORDS = 3000;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

function makeLongArticle(minWords: number): Article {
  const sources = getArticles();
  const picks: [number, number][] = [];
  let count = 0;
  for (let round = 0; count < minWords && sources.length > 0; round++) {
    for (const [a, source] of sources.entries()) {
      for (const [i, p] of source.kk.paragraphs.entries()) {
        if (count >= minWords) break;
        picks.push([a, i]);
        count += words(p.text);
      }
    }
  }
  const generated = (lang: Lang, texts: readonly string[]): ArticleVersion => ({
    lang,
    file: `(generated)/${lang}.md`,
    meta: { title: `${minWords}+ words (generated for the audit)` },
    paragraphs: texts.map((text, index) => ({ index, line: 1, text })),
  });
  // A translation's paragraphs, when every article picked from has that translation.
  const textsIn = (lang: Lang): string[] | undefined => {
    const texts: string[] = [];
    for (const [a, i] of picks) {
      const text = versionIn(sources[a]!, lang)?.paragraphs[i]?.text;
      if (text === undefined) return undefined;
      texts.push(text);
    }
    return texts;
  };
  const article: Article = { slug: "audit-long-article", kk: generated(ORIGINAL_LANG, picks.map(([a, i]) => sources[a]!.kk.paragraphs[i]!.text)) };
  for (const lang of TRANSLATION_LANGS) {
    const texts = textsIn(lang);
    if (texts) article[lang] = generated(lang, texts);
  }
  return article;
}

let longView: ArticleView | undefined;

/** The audit's article view, built once per process (its page and its text.json share it). */
export function getLongArticleView(): ArticleView {
  longView ??= viewOf(makeLongArticle(LONG_ARTICLE_WORDS));
  return longView;
}
