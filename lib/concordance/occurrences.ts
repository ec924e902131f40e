// The concordance: every occurrence of every glossary term in every article and translation,
// each with the sentence around it, grouped by entry id. Built once from the articles and the
// engine's spans, so the entry pages only look their lines up.
import { readerHref } from "@/lib/reader/urls";
import { versionsOf, type Article } from "@/lib/articles/parse";
import type { Lang } from "@/lib/glossary/schema";
import type { SpanFinder } from "@/lib/search/types";
import { sentenceAround } from "./sentences";

export interface Occurrence {
  termId: string;
  slug: string;
  lang: Lang;
  /** 1-based paragraph number, as in the article page's #p{n} anchors. */
  paragraph: number;
  /** The sentence, cut in three around the occurrence. */
  before: string;
  match: string;
  after: string;
}

export type { SpanFinder };

export function buildConcordance(articles: readonly Article[], findSpans: SpanFinder): Map<string, Occurrence[]> {
  const byTerm = new Map<string, Occurrence[]>();
  for (const article of articles) {
    // The languages the article has: a missing translation has no occurrences, not empty ones.
    for (const { lang, paragraphs } of versionsOf(article)) {
      for (const paragraph of paragraphs) {
        const text = paragraph.text;
        for (const span of findSpans(text, lang)) {
          const sentence = sentenceAround(text, span.start, span.end);
          const occurrence: Occurrence = {
            termId: span.termId,
            slug: article.slug,
            lang,
            paragraph: paragraph.index + 1,
            before: text.slice(sentence.start, span.start),
            match: text.slice(span.start, span.end),
            after: text.slice(span.end, sentence.end),
          };
          const list = byTerm.get(span.termId) ?? [];
          list.push(occurrence);
          byTerm.set(span.termId, list);
        }
      }
    }
  }
  return byTerm;
}

/**
 * Where a concordance line leads: the article with that paragraph highlighted; an occurrence in a
 * translation opens the article with that translation beside the original.
 */
export function occurrenceHref(locale: string, occurrence: Pick<Occurrence, "slug" | "lang" | "paragraph" | "termId">): string {
  const { slug, lang, paragraph, termId } = occurrence;
  return readerHref(locale, { slug, with: lang === "kk" ? null : lang, hl: termId, target: { n: paragraph, lang } });
}
