// The corpus annotated once: a SpanFinder that gives each paragraph's spans (with the terms each
// won over, Span.inner; the outer spans are the same as without them) and keeps them by the
// paragraph's own string, so a text asked for again costs a lookup. The server keeps one per
// content version (server/corpus.ts) for the article views, the counts, the flashcards and both
// concordances; the command line's coverage and the article check make one for their run.
import { annotate, type Span, type TermIndex } from "@/lib/annotate";
import type { Lang } from "@/lib/glossary/langs";
import type { SpanFinder } from "@/lib/search/types";

/** `annotated`: told each time the engine is called (the server counts them for its tests). */
export function corpusSpanFinder(indexOf: (lang: Lang) => TermIndex, annotated: () => void = () => {}): SpanFinder {
  // By language, then by the paragraph's own string, whose hash V8 keeps: no key is built per lookup.
  const byLang = new Map<Lang, Map<string, Span[]>>();
  return (text, lang) => {
    let cache = byLang.get(lang);
    if (!cache) byLang.set(lang, (cache = new Map()));
    let spans = cache.get(text);
    if (!spans) {
      annotated();
      spans = annotate(text, indexOf(lang), { inner: true });
      cache.set(text, spans);
    }
    return spans;
  };
}
