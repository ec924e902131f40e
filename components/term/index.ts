// The term components other pages reuse: wrap text in <TermCardsProvider cards={…}> and mark each
// occurrence with <Term termId analysis lang>text</Term>, or render a whole text and its spans
// with <AnnotatedText>.
export { Term, type TermProps } from "./term";
export { TermCardsProvider, useTermCard } from "./term-cards-context";
export { TermHighlightContext, type TermHighlight } from "./term-highlight-context";
export { GrammarLine } from "./grammar-line";
export { toTermCard, pickTermCards, type TermCard, type TermCards } from "./term-card";
export { toSegments, type Segment } from "./segments";
export { AnnotatedText } from "./annotated-text";
