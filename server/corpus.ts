// The corpus annotated once per content version: whatever is derived from the glossary and the
// articles is kept for as long as both are the same objects (server/content/loaded.ts gives the
// same objects while the files are unchanged: in production until the next build; in development
// and editing mode until a file changes), and the engine's spans of every paragraph are found
// once (lib/articles/corpus-spans.ts, which the command line's coverage uses too) and shared by
// the article views, the home page's counts, the flashcards and both concordances. A change of
// the glossary alone makes everything fresh, which keying on the articles alone did not.
import { corpusSpanFinder } from "@/lib/articles/corpus-spans";
import type { Span } from "@/lib/annotate/types";
import type { Lang } from "@/lib/glossary/langs";
import type { SpanFinder } from "@/lib/search/types";
import { getArticles, getGlossary, getTermIndex } from "@/server/content";

type Keys = () => readonly object[];

const contentKeys: Keys = () => [getGlossary(), getArticles()];

/** A value built once per content (per set of key objects; the glossary and the articles by default). */
export function perContent<T>(build: () => T, keys: Keys = contentKeys): () => T {
  let kept: { keys: readonly object[]; value: T } | undefined;
  return () => {
    const now = keys();
    if (!kept || kept.keys.length !== now.length || kept.keys.some((key, i) => key !== now[i])) kept = { keys: now, value: build() };
    return kept.value;
  };
}

let annotations = 0;
/** How many texts the engine has annotated for the corpus in this process (for tests). */
export const corpusAnnotations = (): number => annotations;

const finder = perContent(() => corpusSpanFinder(getTermIndex, () => annotations++));

/**
 * The engine's spans of a paragraph of the content, each with the terms inside it that it won
 * over (Span.inner: the aligned concordance marks those; the rest ignore them), found once per
 * content version.
 */
export const corpusSpans: SpanFinder = (text: string, lang: Lang): Span[] => finder()(text, lang);
