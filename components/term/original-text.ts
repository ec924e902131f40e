// The Kazakh text as written (Cyrillic), for a page that shows it transliterated: the text's
// component registers its paragraphs' marked HTML under its source id while it is on the page,
// and whatever reads a mark in the Latin view (a card saving the term met) finds the same mark
// in the original, so that what is kept is the text's own spelling, never a transliteration
// that cannot be turned back. One page-wide registry: every text on a page has its own id.
const originals = new Map<string, readonly string[]>();

/** Registers a text's paragraphs (marks-html.ts's HTML, in order); returns the unregistering. */
export function registerOriginal(sourceId: string, paragraphs: readonly string[]): () => void {
  originals.set(sourceId, paragraphs);
  return () => {
    if (originals.get(sourceId) === paragraphs) originals.delete(sourceId);
  };
}

/** Paragraph n (1-based) of a registered text, as HTML; undefined when none is registered. */
export function originalParagraph(sourceId: string, n: number): string | undefined {
  return originals.get(sourceId)?.[n - 1];
}
