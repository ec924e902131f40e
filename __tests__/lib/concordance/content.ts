// What the concordance tests build from: a small article written for the test (three languages,
// paragraphs aligned by index), and the real glossary and articles with the term engine.
import { annotate, buildTermIndex, type TermIndex } from "@/lib/annotate";
import { loadArticles } from "@/lib/articles/load";
import type { Article, ArticleVersion } from "@/lib/articles/parse";
import type { SpanFinder } from "@/lib/concordance/occurrences";
import { loadGlossary } from "@/lib/glossary/load";
import { LANGS, type Lang } from "@/lib/glossary/schema";
import { readArticleSources, readGlossaryFiles } from "@/server/content/files";

const version = (lang: Lang, paragraphs: string[]): ArticleVersion => ({
  lang,
  file: `articles/demo/${lang}.md`,
  meta: { title: `Demo ${lang}` },
  paragraphs: paragraphs.map((text, index) => ({ index, text, line: 5 + index * 2 })),
});

/** An article "demo" with these paragraphs in each language. */
export const demoArticle = (paragraphs: Record<Lang, string[]>): Article => ({
  slug: "demo",
  kk: version("kk", paragraphs.kk),
  ru: version("ru", paragraphs.ru),
  en: version("en", paragraphs.en),
});

/** The project's articles, and the engine over its glossary as a finder (with inner spans when asked). */
export function realContent(options: { inner?: boolean } = {}): { articles: Article[]; findSpans: SpanFinder } {
  const { entries } = loadGlossary(readGlossaryFiles());
  const { articles } = loadArticles(readArticleSources());
  const indexes = Object.fromEntries(LANGS.map((lang) => [lang, buildTermIndex(entries, lang)])) as Record<Lang, TermIndex>;
  return { articles, findSpans: (text, lang) => annotate(text, indexes[lang], options) };
}
