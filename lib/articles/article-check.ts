// An article's check while it is being added (the editing mode's article page): each language's
// paragraphs read on their own, so a translation with a paragraph too many or too few still
// shows; the Kazakh original aligned with each translation (lib/articles/align.ts: which
// paragraph pairs with which, and how their lengths compare); every problem `glossary check`
// reports in its files; and its coverage by the glossary, language by language, with the phrases
// around legal words the glossary lacks.
import type { TermIndex } from "@/lib/annotate";
import { alignParagraphs, lengthRatio, withinRatio } from "@/lib/articles/align";
import { articleCoverage } from "@/lib/articles/coverage";
import { corpusSpanFinder } from "@/lib/articles/corpus-spans";
import type { ArticleSources } from "@/lib/articles/load";
import { loadArticles } from "@/lib/articles/load";
import { languagesOf, parseArticleVersion, type Paragraph } from "@/lib/articles/parse";
import { findCandidates, type TermCandidate } from "@/lib/glossary/candidates";
import { LANGS, type Lang } from "@/lib/glossary/langs";
import type { GlossaryEntry } from "@/lib/glossary/schema";
import { ORIGINAL_LANG } from "@/lib/languages/codes";
import { sortProblems, type Problem } from "@/lib/problems";

/** One row of the alignment of the original with a translation. */
export interface AlignedRow {
  /** 1-based paragraph numbers; null where one side has no paragraph there. */
  original: number | null;
  translation: number | null;
  /** Translation length over original length (letters and digits), for a pair. */
  ratio: number | null;
  withinRatio: boolean;
}

export interface LanguageCoverage {
  lang: Lang;
  words: number;
  coveredWords: number;
  /** The entries found, most frequent first. */
  terms: { id: string; count: number }[];
}

export interface ArticleCheck {
  slug: string;
  problems: Problem[];
  /** Each language's paragraphs, as its file has them (empty for a file that is missing or does not parse). */
  paragraphs: Record<Lang, Paragraph[]>;
  /** The original aligned with each translation present. */
  alignment: Partial<Record<Lang, AlignedRow[]>>;
  /** Present when the article loads (every file given parses and the paragraphs pair up), for the languages it has. */
  coverage?: LanguageCoverage[];
  candidates: TermCandidate[];
}

export function checkArticle(source: ArticleSources, entries: readonly GlossaryEntry[], indexOf: (lang: Lang) => TermIndex): ArticleCheck {
  const loaded = loadArticles([source]);
  const paragraphs = Object.fromEntries(
    LANGS.map((lang) => {
      const file = source.files[lang];
      return [lang, file ? (parseArticleVersion(lang, file.path, file.source).version?.paragraphs ?? []) : []];
    }),
  ) as Record<Lang, Paragraph[]>;
  const original = paragraphs[ORIGINAL_LANG].map((p) => p.text);
  const alignment: Partial<Record<Lang, AlignedRow[]>> = {};
  for (const lang of LANGS) {
    if (lang === ORIGINAL_LANG || original.length === 0 || paragraphs[lang].length === 0) continue;
    const translation = paragraphs[lang].map((p) => p.text);
    alignment[lang] = alignParagraphs(original, translation).map((bead) => {
      if (bead.kind !== "pair") {
        return { original: bead.kind === "missing" ? bead.original + 1 : null, translation: bead.kind === "surplus" ? bead.translation + 1 : null, ratio: null, withinRatio: false };
      }
      const ratio = lengthRatio(original[bead.original]!, translation[bead.translation]!);
      return { original: bead.original + 1, translation: bead.translation + 1, ratio, withinRatio: withinRatio(ratio) };
    });
  }
  const article = loaded.articles[0];
  const spansOf = corpusSpanFinder(indexOf);
  const coverage = article
    ? languagesOf(article).flatMap((lang) => {
        const coverage = articleCoverage(article, lang, spansOf);
        if (!coverage) return [];
        const { words, coveredWords, counts } = coverage;
        const terms = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id, count]) => ({ id, count }));
        return [{ lang, words, coveredWords, terms }];
      })
    : undefined;
  const candidates = original.length > 0 ? findCandidates([{ slug: source.slug, paragraphs: original }], entries, indexOf(ORIGINAL_LANG), { minCount: 1 }) : [];
  return { slug: source.slug, problems: sortProblems(loaded.problems), paragraphs, alignment, coverage, candidates };
}
