// The term components other pages reuse. Wrap block content in <TermCardsProvider cards={…}>
// (the cards of the entries on the page only: pickTermCards), then either render a whole text
// from its segments with <AnnotatedText segments={toSegments(text, spans)} lang="kk" />, or mark
// single occurrences with <Term termId="jury-trial" analysis={span.analysis}>text</Term>. Hover,
// focus, tap, click, Enter and Escape are handled by the provider for every mark inside it.
export { Term, type TermProps } from "./term";
export { TermCardsProvider, useTermCard } from "./term-cards-context";
export { TermMark, type TermMarkProps } from "./term-mark";
export { TermHighlightContext, type TermHighlight } from "./term-highlight-context";
export { GrammarLine } from "./grammar-line";
export { toTermCard, pickTermCards, type TermCard, type TermCards } from "./term-card";
export { toSegments, segmentText, type Segment, type TermSegment } from "./segments";
export { encodeGrammar, decodeGrammar } from "./grammar-attr";
export { AnnotatedText } from "./annotated-text";
