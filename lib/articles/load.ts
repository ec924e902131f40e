// Loads every article: each parsed and alignment-checked, sorted by slug, with all problems.
import { parseArticleFiles, type Article, type ArticleSource } from "@/lib/articles/parse";
import type { Lang } from "@/lib/glossary/schema";
import { sortProblems, type Problem } from "@/lib/problems";

export interface ArticleSources {
  slug: string;
  /** The article's folder as shown in problems, e.g. "articles/supreme-court". */
  dir: string;
  files: Partial<Record<Lang, ArticleSource>>;
}

export interface LoadedArticles {
  articles: Article[];
  problems: Problem[];
}

export function loadArticles(sources: readonly ArticleSources[]): LoadedArticles {
  const parsed = [...sources]
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .map((s) => parseArticleFiles(s.slug, s.files, s.dir));
  return {
    articles: parsed.flatMap((p) => (p.article ? [p.article] : [])),
    problems: sortProblems(parsed.flatMap((p) => p.problems)),
  };
}
