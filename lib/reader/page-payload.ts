// What an article page hands the browser (articlePagePayload, on the server) and what the
// browser makes of it again (payloadSegments, in components/article/article-text.tsx): kept
// apart from article-view.ts, whose imports (the article parser among them) the page's scripts
// do not need.
import { termNames, type TermNames } from "@/lib/marks/mark-description";
import type { Segment } from "@/lib/marks/segments";
import type { ArticleView } from "./article-view";

/**
 * A segment as the page hands it over: text, or a term occurrence naming its entry by its place
 * in the payload's `terms` (an index is a byte or two where an id is twenty, at every mark).
 */
export type PageSegment = string | readonly [text: string, term: number, grammar?: string];

/**
 * What an article page hands the browser to draw its Kazakh text, its term list and the marks'
 * descriptions (components/article/article-reader.tsx): each paragraph's segments, which the
 * browser marks with marksHtml as the server does for text.json, and each entry of the Kazakh
 * text by its names with its count there (TermNames, in the list's order: Kazakh). Data, not
 * HTML: the React payload travels inlined in the page and is written again in the page's
 * prefetch files, and a mark's HTML (its link, aria and data attributes) is about twice its
 * segment. The entries that occur only in a translation come with that translation
 * (articleTexts' names), not with every page.
 */
export interface ArticlePagePayload {
  kk: PageSegment[][];
  terms: TermNames[];
}

export function articlePagePayload(view: ArticleView): ArticlePagePayload {
  const index = new Map(view.terms.map((term, i) => [term.id, i]));
  const compact = (segment: Segment): PageSegment => {
    if (typeof segment === "string") return segment;
    const [text, id, grammar] = segment;
    const i = index.get(id);
    // An occurrence without a card is not marked (as marksHtml leaves it).
    if (i === undefined) return text;
    return grammar === undefined ? [text, i] : [text, i, grammar];
  };
  return {
    kk: view.paragraphs.map((p) => p.segments.kk.map(compact)),
    // Every listed term has its card (the view lists only those).
    terms: view.terms.map((term) => termNames(view.cards[term.id]!, term.count)),
  };
}

/** The Kazakh paragraphs' segments again, from the page's payload: what marksHtml takes. */
export function payloadSegments(payload: ArticlePagePayload): Segment[][] {
  return payload.kk.map((paragraph) =>
    paragraph.map((segment) => {
      if (typeof segment === "string") return segment;
      const [text, i, grammar] = segment;
      const id = payload.terms[i]![0];
      return grammar === undefined ? [text, id] : [text, id, grammar];
    }),
  );
}

