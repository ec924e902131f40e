// What an article page renders, built from the article and the engine's spans (the server
// annotates; this file only arranges): each paragraph in the article's languages (the Kazakh
// original and the translations it has) cut into plain text
// and term occurrences, the cards of exactly the entries that occur (never the whole glossary),
// the article's terms with their counts, what the page hands the browser (segments and names),
// the paragraphs as HTML with their terms marked (text.json), and the
// flashcards of its terms. Pure: no engine call, no content access, no framework.
import type { Span } from "@/lib/annotate/types";
import { translationsOf, versionIn, versionsOf, type Article } from "@/lib/articles/parse";
import { sentenceAround } from "@/lib/concordance/sentences";
import type { ArticleTexts } from "@/lib/contracts/article-texts";
import type { AnkiCard, CardSentence } from "@/lib/export/anki";
import type { Lang } from "@/lib/glossary/langs";
import { ORIGINAL_LANG, type TranslationLang } from "@/lib/languages/codes";
import type { GlossaryEntry } from "@/lib/glossary/schema";
import { marksHtml } from "@/lib/marks/marks-html";
import { toSegments, type Segment } from "@/lib/marks/segments";
import { termNames } from "@/lib/marks/mark-description";
import { pickTermCards, type TermCards } from "@/lib/marks/term-card";
import { toLatin } from "@/lib/translit";

/** What an article has in each of its languages: the original always, a translation only when the article has it. */
export type PerArticleLang<T> = Record<typeof ORIGINAL_LANG, T> & Partial<Record<TranslationLang, T>>;

/** The engine's spans of each paragraph, in each of the article's languages. */
export type ArticleSpans = PerArticleLang<Span[][]>;

/** One paragraph (1-based n, as in the #p{n} anchors) in the article's languages. */
export interface ParagraphSegments {
  n: number;
  segments: PerArticleLang<Segment[]>;
}

export interface TermCount {
  id: string;
  /** The Kazakh term. */
  term: string;
  /** Occurrences in the Kazakh text. */
  count: number;
}

export interface ArticleView {
  article: Article;
  spans: ArticleSpans;
  paragraphs: ParagraphSegments[];
  cards: TermCards;
  terms: TermCount[];
}

const kkCollator = new Intl.Collator("kk");

/** How often each entry occurs in these paragraphs' spans. */
export function termCounts(paragraphs: readonly (readonly Span[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const spans of paragraphs) for (const span of spans) counts.set(span.termId, (counts.get(span.termId) ?? 0) + 1);
  return counts;
}

/** The view of any parsed article (the audit's generated one included), from its spans. */
export function buildArticleView(article: Article, spans: ArticleSpans, glossary: Iterable<GlossaryEntry>): ArticleView {
  const versions = versionsOf(article);
  const paragraphs = article.kk.paragraphs.map((_, i) => {
    const segments: PerArticleLang<Segment[]> = { kk: toSegments(article.kk.paragraphs[i]?.text ?? "", spans.kk[i] ?? []) };
    for (const version of versions) if (version.lang !== ORIGINAL_LANG) segments[version.lang] = toSegments(version.paragraphs[i]?.text ?? "", spans[version.lang]?.[i] ?? []);
    return { n: i + 1, segments };
  });
  const ids = new Set(versions.flatMap((version) => (spans[version.lang] ?? []).flat().map((s) => s.termId)));
  const cards = pickTermCards(glossary, ids);
  const terms = [...termCounts(spans.kk)]
    .flatMap(([id, count]) => (cards[id] ? [{ id, term: cards[id].kk.term, count }] : []))
    .sort((a, b) => kkCollator.compare(a.term, b.term));
  return { article, spans, paragraphs, cards, terms };
}

/**
 * Each paragraph of one language (Kazakh in either script) as HTML with its terms marked,
 * linking to the entries in the interface language; undefined for a translation the article
 * does not have.
 */
export function paragraphsHtml(view: ArticleView, lang: typeof ORIGINAL_LANG, locale: string, script?: "cyrl" | "latn"): string[];
export function paragraphsHtml(view: ArticleView, lang: Lang, locale: string, script?: "cyrl" | "latn"): string[] | undefined;
export function paragraphsHtml(view: ArticleView, lang: Lang, locale: string, script: "cyrl" | "latn" = "cyrl"): string[] | undefined {
  if (!versionIn(view.article, lang)) return undefined;
  const show = lang === "kk" && script === "latn" ? toLatin : undefined;
  return view.paragraphs.map((p) => marksHtml(p.segments[lang] ?? [], { cards: view.cards, locale, show }));
}

/**
 * What the page loads when the reader asks for a translation or the Latin script (text.json):
 * a translation the article does not have is left out, not sent empty.
 */
export function articleTexts(view: ArticleView, locale: string): ArticleTexts {
  const inKazakh = new Set(view.terms.map((term) => term.id));
  const names = Object.keys(view.cards)
    .filter((id) => !inKazakh.has(id))
    .sort()
    .map((id) => termNames(view.cards[id]!));
  const texts: ArticleTexts = { latn: paragraphsHtml(view, "kk", locale, "latn"), names };
  for (const lang of translationsOf(view.article)) texts[lang] = paragraphsHtml(view, lang, locale);
  return texts;
}

/** The sentence of `text` around a span, its whitespace flattened, with the span as the term. */
export function sentenceOf(text: string, span: Span): CardSentence {
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
export function articleFlashcards(view: ArticleView, entryOf: (id: string) => GlossaryEntry | undefined, locale: Lang = "kk"): AnkiCard[] {
  const { article, spans } = view;
  const translationLang = locale === "en" ? "en" : "ru";
  const cards = new Map<string, AnkiCard>();
  article.kk.paragraphs.forEach((paragraph, i) => {
    for (const span of spans.kk[i] ?? []) {
      const entry = entryOf(span.termId);
      if (!entry || cards.has(entry.id)) continue;
      const card: AnkiCard = { entry, sentence: sentenceOf(paragraph.text, span), source: { kind: "article", slug: article.slug } };
      // An article without that translation: the card's translation is left empty.
      const translation = article[translationLang]?.paragraphs[i]?.text;
      const match = translation === undefined ? undefined : spans[translationLang]?.[i]?.find((s) => s.termId === entry.id);
      if (translation !== undefined && match) card.translation = { lang: translationLang, sentence: sentenceOf(translation, match) };
      cards.set(entry.id, card);
    }
  });
  return [...cards.values()];
}
