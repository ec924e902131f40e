// A long article made for measurement (`npm run audit`): the real articles' aligned paragraphs
// repeated, in the same order in all three languages, until the Kazakh text has the words asked
// for. Never written to articles/; served only by the audit's own route.
import "server-only";
import type { Article, ArticleVersion } from "@/lib/articles/parse";
import { LANGS } from "@/lib/glossary/schema";
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
  const version = (lang: (typeof LANGS)[number]): ArticleVersion => ({
    lang,
    file: `(generated)/${lang}.md`,
    meta: { title: `${minWords}+ words (generated for the audit)` },
    paragraphs: picks.map(([a, i], index) => ({ index, line: 1, text: sources[a]![lang].paragraphs[i]!.text })),
  });
  return { slug: "audit-long-article", kk: version("kk"), ru: version("ru"), en: version("en") };
}

let longView: ArticleView | undefined;

/** The audit's article view, built once per process (its page and its text.json share it). */
export function getLongArticleView(): ArticleView {
  longView ??= viewOf(makeLongArticle(LONG_ARTICLE_WORDS));
  return longView;
}
