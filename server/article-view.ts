// The article views the pages and the article files (text.json, cards.json, flashcards) are
// made from: the articles annotated by the term engine, arranged by lib/reader/article-view.ts,
// kept between requests; and the JSON 404 of an article file asked for in vain.
import "server-only";
import { cache } from "react";
import { hasLocale } from "next-intl";
import { versionsOf, type Article } from "@/lib/articles/parse";
import type { AnkiCard } from "@/lib/export/anki";
import type { Lang } from "@/lib/glossary/schema";
import { articleFlashcards, buildArticleView, termCounts, type ArticleSpans, type ArticleView } from "@/lib/reader/article-view";
import { routing } from "@/i18n/routing";
import { getArticle, getEntry, getGlossary } from "@/server/content";
import { corpusSpans, perContent } from "@/server/corpus";

export type { ArticleView } from "@/lib/reader/article-view";

/** The engine's spans of every paragraph of the article, in each of its languages. */
export function annotateArticle(article: Article): ArticleSpans {
  const spans: ArticleSpans = { kk: [] };
  for (const version of versionsOf(article)) spans[version.lang] = version.paragraphs.map((p) => corpusSpans(p.text, version.lang));
  return spans;
}

/** The view of any parsed article (the audit's generated one included), annotated now. */
export const viewOf = (article: Article): ArticleView => buildArticleView(article, annotateArticle(article), getGlossary());

// The views built lately, kept per content (server/corpus.ts): until the next build in
// production, afresh on every read in development. Only a few are kept: prerendered article
// pages need none at run time, and the article files (text.json, cards.json, flashcards) are
// asked for one article at a time.
const RECENT_VIEWS = 64;
const recentViews = perContent(() => new Map<string, ArticleView>());

export const getArticleView = cache((slug: string): ArticleView | undefined => {
  const article = getArticle(slug);
  if (!article) return undefined;
  const views = recentViews();
  let view = views.get(slug);
  if (view) views.delete(slug);
  else view = viewOf(article);
  views.set(slug, view);
  for (const oldest of views.keys()) {
    if (views.size <= RECENT_VIEWS) break;
    views.delete(oldest);
  }
  return view;
});

/** An article's terms with their counts in the Kazakh text, by entry id (the home page's figures), kept per content. */
const termCountsOf = perContent(() => new WeakMap<Article, ReadonlyMap<string, number>>());

export function articleTermCounts(article: Article): ReadonlyMap<string, number> {
  const kept = termCountsOf();
  let counts = kept.get(article);
  if (!counts) kept.set(article, (counts = termCounts(article.kk.paragraphs.map((p) => corpusSpans(p.text, "kk")))));
  return counts;
}

/**
 * The article an article's JSON file (text.json, cards.json) is asked for, with the interface
 * language of its address; or the JSON 404 to answer with.
 */
export async function articleFileView(
  params: Promise<{ locale: string; slug: string }>,
): Promise<{ view: ArticleView; locale: string } | Response> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return Response.json({ error: "no such language" }, { status: 404 });
  const view = getArticleView(slug);
  if (!view) return Response.json({ error: "no such article" }, { status: 404 });
  return { view, locale };
}

/** The flashcards of an article's terms (lib/reader/article-view.ts says which). */
export function getFlashcards(slug: string, locale: Lang = "kk"): AnkiCard[] | undefined {
  const view = getArticleView(slug);
  return view && articleFlashcards(view, getEntry, locale);
}
