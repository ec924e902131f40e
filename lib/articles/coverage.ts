// Where the glossary's terms occur in the articles, found by the term engine (lib/annotate): each
// article's share of words inside terms, and the entries found in no article (`glossary coverage`,
// `article new` and the editing mode's article check).
import { buildTermIndex, tokenize, type TermIndex } from "@/lib/annotate";
import { corpusSpanFinder } from "@/lib/articles/corpus-spans";
import type { SpanFinder } from "@/lib/search/types";
import { versionIn, type Article } from "@/lib/articles/parse";
import { LANGS, type GlossaryEntry, type Lang } from "@/lib/glossary/schema";
import type { ORIGINAL_LANG } from "@/lib/languages/codes";

export interface ArticleCoverage {
  slug: string;
  lang: Lang;
  words: number;
  /** Words inside a marked term. */
  coveredWords: number;
  /** termId -> number of occurrences. */
  counts: Map<string, number>;
}

/**
 * `spansOf`: the corpus's spans (lib/articles/corpus-spans.ts), so a paragraph is annotated once
 * whoever asks. Undefined for a translation the article does not have (not a coverage of 0).
 */
export function articleCoverage(article: Article, lang: typeof ORIGINAL_LANG, spansOf: SpanFinder): ArticleCoverage;
export function articleCoverage(article: Article, lang: Lang, spansOf: SpanFinder): ArticleCoverage | undefined;
export function articleCoverage(article: Article, lang: Lang, spansOf: SpanFinder): ArticleCoverage | undefined {
  const version = versionIn(article, lang);
  if (!version) return undefined;
  let words = 0;
  let coveredWords = 0;
  const counts = new Map<string, number>();
  for (const paragraph of version.paragraphs) {
    const spans = spansOf(paragraph.text, lang);
    const tokens = tokenize(paragraph.text);
    words += tokens.length;
    coveredWords += tokens.filter((t) => spans.some((s) => s.start <= t.start && t.end <= s.end)).length;
    for (const span of spans) counts.set(span.termId, (counts.get(span.termId) ?? 0) + 1);
  }
  return { slug: article.slug, lang, words, coveredWords, counts };
}

/** Coverage of every article in each of its languages, the index built once per language. */
export function coverageOf(entries: readonly GlossaryEntry[], articles: readonly Article[]): ArticleCoverage[] {
  const spansOf = corpusSpanFinder(termIndexes(entries));
  return LANGS.flatMap((lang) => articles.flatMap((article) => articleCoverage(article, lang, spansOf) ?? []));
}

/** The glossary's index per language, each built on first use. */
export function termIndexes(entries: readonly GlossaryEntry[]): (lang: Lang) => TermIndex {
  const built = new Map<Lang, TermIndex>();
  return (lang) => {
    let index = built.get(lang);
    if (!index) built.set(lang, (index = buildTermIndex(entries, lang)));
    return index;
  };
}

/** Ids of entries that occur in none of the articles, in no language. */
export function unusedEntryIds(entries: readonly GlossaryEntry[], coverage: readonly ArticleCoverage[]): string[] {
  const used = new Set(coverage.flatMap((c) => [...c.counts.keys()]));
  return entries.filter((e) => !used.has(e.id)).map((e) => e.id);
}
