// The term components other pages reuse: wrap text in <TermCardsProvider cards={…}> and mark each
// occurrence with <Term termId analysis lang>text</Term>, or render a whole text and its spans
// with <AnnotatedText>.
export { Term, type TermProps } from "./term";
export { TermCardsProvider, useTermCard } from "./term-cards-context";
export { TermMark, type TermMarkProps } from "./term-mark";
export { TermHighlightContext, type TermHighlight } from "./term-highlight-context";
export { GrammarLine } from "./grammar-line";
export { toTermCard, pickTermCards, type TermCard, type TermCards } from "./term-card";
export { toSegments, segmentText, type Segment, type TermSegment } from "./segments";
export { encodeGrammar, decodeGrammar } from "./grammar-attr";
export { AnnotatedText } from "./annotated-text";
