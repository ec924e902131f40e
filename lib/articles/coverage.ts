// Where the glossary's terms occur in the articles, found by the term engine (lib/annotate): each
// article's share of words inside terms, and the entries found in no article (`glossary coverage`,
// `article new` and the editing mode's article check).
import { annotate, buildTermIndex, tokenize, type TermIndex } from "@/lib/annotate";
import type { Article } from "@/lib/articles/parse";
import { LANGS, type GlossaryEntry, type Lang } from "@/lib/glossary/schema";

export interface ArticleCoverage {
  slug: string;
  lang: Lang;
  words: number;
  /** Words inside a marked term. */
  coveredWords: number;
  /** termId -> number of occurrences. */
  counts: Map<string, number>;
}

export function articleCoverage(article: Article, lang: Lang, index: TermIndex): ArticleCoverage {
  let words = 0;
  let coveredWords = 0;
  const counts = new Map<string, number>();
  for (const paragraph of article[lang].paragraphs) {
    const spans = annotate(paragraph.text, index);
    const tokens = tokenize(paragraph.text);
    words += tokens.length;
    coveredWords += tokens.filter((t) => spans.some((s) => s.start <= t.start && t.end <= s.end)).length;
    for (const span of spans) counts.set(span.termId, (counts.get(span.termId) ?? 0) + 1);
  }
  return { slug: article.slug, lang, words, coveredWords, counts };
}

/** Coverage of every article in every language, the index built once per language. */
export function coverageOf(entries: readonly GlossaryEntry[], articles: readonly Article[]): ArticleCoverage[] {
  return LANGS.flatMap((lang) => {
    const index = buildTermIndex(entries, lang);
    return articles.map((article) => articleCoverage(article, lang, index));
  });
}

/** Ids of entries that occur in none of the articles, in no language. */
export function unusedEntryIds(entries: readonly GlossaryEntry[], coverage: readonly ArticleCoverage[]): string[] {
  const used = new Set(coverage.flatMap((c) => [...c.counts.keys()]));
  return entries.filter((e) => !used.has(e.id)).map((e) => e.id);
}
