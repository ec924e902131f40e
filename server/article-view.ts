// Prepares what an article page renders: each paragraph in the three languages cut into plain
// text and term occurrences, the cards of exactly the entries that occur (never the whole
// glossary), the article's terms with their counts, and the flashcards of its terms; and the
// paragraphs as HTML with their terms marked, in the interface language's words.
import "server-only";
import { cache } from "react";
import { annotate } from "@/lib/annotate";
import type { Span } from "@/lib/annotate/types";
import type { Article } from "@/lib/articles/parse";
import type { AnkiCard, CardSentence } from "@/lib/export/anki";
import { sentenceAround } from "@/lib/concordance/sentences";
import { LANGS, type GlossaryEntry, type Lang } from "@/lib/glossary/schema";
import { pickTermCards, type TermCards } from "@/lib/marks/term-card";
import { toSegments, type Segment } from "@/lib/marks/segments";
import { marksHtml } from "@/lib/marks/marks-html";
import type { ArticleTexts, TermCount } from "@/components/article/types";
import { toLatin } from "@/lib/translit";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { getArticle, getEntry, getGlossary, getTermIndex } from "@/server/content";

/** One paragraph (1-based n, as in the #p{n} anchors) in the three languages. */
export interface ParagraphSegments {
  n: number;
  segments: Record<Lang, Segment[]>;
}

export interface ArticleView {
  article: Article;
  paragraphs: ParagraphSegments[];
  cards: TermCards;
  terms: TermCount[];
}

const kkCollator = new Intl.Collator("kk");

/** Builds the view of any parsed article (the audit's generated one included). */
export function buildArticleView(article: Article): ArticleView {
  const spans = Object.fromEntries(
    LANGS.map((lang) => [lang, article[lang].paragraphs.map((p) => annotate(p.text, getTermIndex(lang)))]),
  ) as Record<Lang, Span[][]>;
  const paragraphs = article.kk.paragraphs.map((p, i) => ({
    n: i + 1,
    segments: Object.fromEntries(
      LANGS.map((lang) => [lang, toSegments(article[lang].paragraphs[i]?.text ?? "", spans[lang][i] ?? [])]),
    ) as Record<Lang, Segment[]>,
  }));
  const ids = new Set(LANGS.flatMap((lang) => spans[lang].flat().map((s) => s.termId)));
  const cards = pickTermCards(getGlossary(), ids);
  const counts = new Map<string, number>();
  for (const span of spans.kk.flat()) counts.set(span.termId, (counts.get(span.termId) ?? 0) + 1);
  const terms = [...counts]
    .flatMap(([id, count]) => (cards[id] ? [{ id, term: cards[id].kk.term, count }] : []))
    .sort((a, b) => kkCollator.compare(a.term, b.term));
  return { article, paragraphs, cards, terms };
}

/**
 * Each paragraph of one language (Kazakh in either script) as HTML with its terms marked,
 * linking to the entries in the interface language.
 */
export function paragraphsHtml(view: ArticleView, lang: Lang, locale: string, script: "cyrl" | "latn" = "cyrl"): string[] {
  const show = lang === "kk" && script === "latn" ? toLatin : undefined;
  return view.paragraphs.map((p) => marksHtml(p.segments[lang], { cards: view.cards, locale, show }));
}

/** What the page loads when the reader asks for a translation or the Latin script (text.json). */
export function articleTexts(view: ArticleView, locale: string): ArticleTexts {
  return {
    latn: paragraphsHtml(view, "kk", locale, "latn"),
    ru: paragraphsHtml(view, "ru", locale),
    en: paragraphsHtml(view, "en", locale),
  };
}

// The views built lately, kept across requests: in production the content is read once per
// process, so a view stays right until the next build; in development each read is new
// content, and an entry whose article or glossary is not the current one is built again. Only
// a few are kept: prerendered article pages need none at run time, and the article files
// (text.json, cards.json, flashcards) are asked for one article at a time.
const RECENT_VIEWS = 64;
const recentViews = new Map<string, { article: Article; glossary: readonly GlossaryEntry[]; view: ArticleView }>();

export const getArticleView = cache((slug: string): ArticleView | undefined => {
  const article = getArticle(slug);
  if (!article) return undefined;
  const glossary = getGlossary();
  const kept = recentViews.get(slug);
  if (kept && kept.article === article && kept.glossary === glossary) {
    recentViews.delete(slug);
    recentViews.set(slug, kept);
    return kept.view;
  }
  const view = buildArticleView(article);
  recentViews.set(slug, { article, glossary, view });
  for (const oldest of recentViews.keys()) {
    if (recentViews.size <= RECENT_VIEWS) break;
    recentViews.delete(oldest);
  }
  return view;
});

/** An article's terms with their counts in the Kazakh text, by entry id (the home page's figures), kept per content as views are. */
const termCountsOf = new WeakMap<Article, { glossary: readonly GlossaryEntry[]; counts: ReadonlyMap<string, number> }>();

export function articleTermCounts(article: Article): ReadonlyMap<string, number> {
  const glossary = getGlossary();
  const kept = termCountsOf.get(article);
  if (kept && kept.glossary === glossary) return kept.counts;
  const counts = new Map<string, number>();
  const index = getTermIndex("kk");
  for (const paragraph of article.kk.paragraphs) for (const span of annotate(paragraph.text, index)) counts.set(span.termId, (counts.get(span.termId) ?? 0) + 1);
  termCountsOf.set(article, { glossary, counts });
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

/** The sentence of `text` around a span, its whitespace flattened, with the span as the term. */
function sentenceOf(text: string, span: Span): CardSentence {
  const sentence = sentenceAround(text, span.start, span.end);
  const flat = (part: string) => part.replace(/\s+/g, " ");
  return {
    before: flat(text.slice(sentence.start, span.start)).trimStart(),
    term: flat(span.text),
    after: flat(text.slice(span.end, sentence.end)).trimEnd(),
  };
}

/**
 * One card per term of the Kazakh text, in order of first occurrence, with that sentence and the
 * occurrence in it, and the sentence of the same paragraph's translation that holds the term's
 * equivalent: Russian for the Kazakh and Russian interfaces, English for the English one.
 */
export function getFlashcards(slug: string, locale: Lang = "kk"): AnkiCard[] | undefined {
  const article = getArticle(slug);
  if (!article) return undefined;
  const translationLang = locale === "en" ? "en" : "ru";
  const kkIndex = getTermIndex("kk");
  const translationIndex = getTermIndex(translationLang);
  const translated = new Map<number, Span[]>();
  const translatedSpans = (i: number, text: string): Span[] => {
    let spans = translated.get(i);
    if (!spans) translated.set(i, (spans = annotate(text, translationIndex)));
    return spans;
  };
  const cards = new Map<string, AnkiCard>();
  article.kk.paragraphs.forEach((paragraph, i) => {
    for (const span of annotate(paragraph.text, kkIndex)) {
      const entry = getEntry(span.termId);
      if (!entry || cards.has(entry.id)) continue;
      const card: AnkiCard = { entry, sentence: sentenceOf(paragraph.text, span), source: { kind: "article", slug } };
      const translation = article[translationLang].paragraphs[i]?.text;
      const match = translation === undefined ? undefined : translatedSpans(i, translation).find((s) => s.termId === entry.id);
      if (translation !== undefined && match) card.translation = { lang: translationLang, sentence: sentenceOf(translation, match) };
      cards.set(entry.id, card);
    }
  });
  return [...cards.values()];
}
