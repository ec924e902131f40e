// The concordance as a translator reads it: each occurrence of a term in an article as a triple
// of the same paragraph in each content language (Kazakh, Russian and English: the descriptors'
// list, lib/languages; paragraphs align by index), the term marked in each language where the
// engine finds it. One triple per occurrence in the Kazakh
// text; a paragraph where the term is found only in a translation gives one triple too, so no
// occurrence in any language is lost. A translation the article does not have (yet) is absent
// from its triples (null), never an empty excerpt. Where a language has the term inside a longer one
// (Верховного суда in «Председатель Верховного суда»), that occurrence is marked too, given by a
// finder asked for inner spans; it starts no triple of its own. Built once from the articles;
// pages pick from the lists.
import type { Span } from "@/lib/annotate/types";
import type { Lang } from "@/lib/glossary/schema";
import { CONTENT_LANGUAGES, codesOf, ORIGINAL_LANG, type ContentLanguage } from "@/lib/languages";
import { sentenceAround, type Range } from "./sentences";

/** A stretch of one excerpt: plain, or one occurrence of the term (marked). */
export interface Run {
  text: string;
  marked: boolean;
}

/** What a triple shows of one language's paragraph. */
export interface Excerpt {
  /** The sentence(s) holding the term, cut into runs; or, when not found, the whole paragraph as one run. */
  runs: Run[];
  /** False when the engine found the term nowhere in this paragraph: the whole paragraph, unmarked. */
  found: boolean;
}

interface TripleBase {
  termId: string;
  slug: string;
  /** 1-based paragraph number, as in the article page's #p{n} anchors. */
  paragraph: number;
  /** The Kazakh text the engine matched; null when the paragraph has the term as a span of its own only in a translation. */
  form: string | null;
}

/**
 * One occurrence: the paragraph's excerpt in each content language, by its code (kk, ru, en);
 * null for a translation the article does not have.
 */
export type Triple<Code extends string = Lang> = TripleBase &
  Record<typeof ORIGINAL_LANG, Excerpt> &
  Record<Exclude<Code, typeof ORIGINAL_LANG>, Excerpt | null>;

type Paragraphs = { paragraphs: readonly { index: number; text: string }[] };

/** An article in the languages `Code` (Article for the content languages): the original, and the translations it has. */
export type ArticleIn<Code extends string> = { slug: string } & Record<typeof ORIGINAL_LANG, Paragraphs> & Partial<Record<Code, Paragraphs>>;

const whole = (text: string): Excerpt => ({ runs: [{ text, marked: false }], found: false });

/** The sentences from the first span's to the last span's, every span in them marked. */
export function excerptOf(text: string, spans: readonly Span[]): Excerpt {
  if (spans.length === 0) return whole(text);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const ranges: Range[] = sorted.map((s) => sentenceAround(text, s.start, s.end));
  const start = Math.min(...ranges.map((r) => r.start));
  const end = Math.max(...ranges.map((r) => r.end));
  const runs: Run[] = [];
  let at = start;
  for (const span of sorted) {
    if (span.start < at) continue; // the engine's spans do not overlap; never mark a stretch twice
    if (span.start > at) runs.push({ text: text.slice(at, span.start), marked: false });
    runs.push({ text: text.slice(span.start, span.end), marked: true });
    at = span.end;
  }
  if (end > at) runs.push({ text: text.slice(at, end), marked: false });
  return { runs, found: true };
}

/**
 * A translation's excerpt for the j-th of n Kazakh occurrences: when the translation has as many
 * occurrences as the Kazakh paragraph, the j-th one (they follow the same order far more often
 * than not); otherwise every occurrence of the paragraph, so none is hidden.
 */
function translationExcerpt(text: string, spans: readonly Span[], j: number, n: number): Excerpt {
  return spans.length === n && spans[j] ? excerptOf(text, [spans[j]]) : excerptOf(text, spans);
}


/** Each span's inner spans (Span.inner), at any depth, by term. */
function innerByTerm(spans: readonly Span[], into = new Map<string, Span[]>()): Map<string, Span[]> {
  for (const span of spans) {
    for (const inner of span.inner ?? []) {
      const list = into.get(inner.termId) ?? [];
      list.push(inner);
      into.set(inner.termId, list);
    }
    innerByTerm(span.inner ?? [], into);
  }
  return into;
}

/**
 * Every triple of every term in the articles, by entry id, in article and paragraph order; one
 * excerpt per language of `languages` (the content languages' descriptors by default; a test
 * passes a fourth), the original's (Kazakh) occurrences starting the triples.
 */
export function buildAlignedConcordance<Code extends string = Lang>(
  articles: readonly ArticleIn<Code | typeof ORIGINAL_LANG>[],
  findSpans: (text: string, lang: Code | typeof ORIGINAL_LANG) => Span[],
  languages: readonly ContentLanguage<Code | typeof ORIGINAL_LANG>[] = CONTENT_LANGUAGES as unknown as readonly ContentLanguage<Code>[],
): Map<string, Triple<Code | typeof ORIGINAL_LANG>[]> {
  type L = Code | typeof ORIGINAL_LANG;
  type SpansByLang = Record<L, Span[]>;
  const codes: L[] = codesOf(languages);
  if (!codes.includes(ORIGINAL_LANG)) throw new Error(`the concordance's languages (${codes.join(", ")}) must include the original, ${ORIGINAL_LANG}`);
  const translations = codes.filter((lang) => lang !== ORIGINAL_LANG);
  const perLang = <T>(make: (lang: L) => T) => Object.fromEntries(codes.map((lang) => [lang, make(lang)])) as Record<L, T>;
  const byTerm = new Map<string, Triple<L>[]>();
  const add = (triple: Triple<L>) => {
    const list = byTerm.get(triple.termId) ?? [];
    list.push(triple);
    byTerm.set(triple.termId, list);
  };
  for (const article of articles) {
    for (const [index, kkParagraph] of article[ORIGINAL_LANG].paragraphs.entries()) {
      // The paragraph in each language; null where the article has no version in that language.
      const texts = perLang((lang): string | null => {
        const version: Paragraphs | undefined = article[lang];
        return version ? (version.paragraphs[index]?.text ?? "") : null;
      });
      const kkText = kkParagraph.text;
      // The term's spans in each language of this paragraph, terms in order of first appearance.
      const terms = new Map<string, SpansByLang>();
      const inner = perLang(() => new Map<string, Span[]>());
      for (const lang of codes) {
        const text = texts[lang];
        if (text === null) continue;
        const found = findSpans(text, lang);
        inner[lang] = innerByTerm(found);
        for (const span of found) {
          let spans = terms.get(span.termId);
          if (!spans) terms.set(span.termId, (spans = perLang(() => [] as Span[])));
          spans[lang].push(span);
        }
      }
      const base = { slug: article.slug, paragraph: kkParagraph.index + 1 };
      for (const [termId, own] of terms) {
        // What each language shows: the term's own spans and those inside longer terms, in order.
        const spans = perLang((lang) => [...own[lang], ...(inner[lang].get(termId) ?? [])].sort((a, b) => a.start - b.start));
        const n = own[ORIGINAL_LANG].length;
        const excerptIn = (lang: L, make: (text: string) => Excerpt): Excerpt | null => {
          const text = texts[lang];
          return text === null ? null : make(text);
        };
        if (n === 0) {
          add({ termId, ...base, form: null, ...perLang((lang) => excerptIn(lang, (text) => excerptOf(text, spans[lang]))) } as Triple<L>);
          continue;
        }
        own[ORIGINAL_LANG].forEach((span, j) => {
          add({
            termId,
            ...base,
            form: kkText.slice(span.start, span.end),
            [ORIGINAL_LANG]: excerptOf(kkText, [span]),
            ...Object.fromEntries(translations.map((lang) => [lang, excerptIn(lang, (text) => translationExcerpt(text, spans[lang], j, n))])),
          } as Triple<L>);
        });
      }
    }
  }
  return byTerm;
}

/** A Kazakh form as the counts and the form filter compare it: case folded, spaces collapsed. */
export function foldForm(form: string): string {
  return form.normalize("NFC").replace(/\s+/gu, " ").trim().toLocaleLowerCase("kk");
}

export interface FormCount {
  /** The folded form (lower case), as shown and as the filter takes it. */
  form: string;
  count: number;
}

const kazakhOrder = new Intl.Collator("kk");

/** The Kazakh forms met in these triples, most frequent first, ties in Kazakh alphabetical order. */
export function countForms(triples: readonly Triple[]): FormCount[] {
  const counts = new Map<string, number>();
  for (const { form } of triples) {
    if (form === null) continue;
    const key = foldForm(form);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([form, count]) => ({ form, count }))
    .sort((a, b) => b.count - a.count || kazakhOrder.compare(a.form, b.form));
}
