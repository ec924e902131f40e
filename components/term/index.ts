// The term components other pages reuse. Wrap block content in <TermCardsProvider cards={…}>
// (the cards of the entries on the page only: pickTermCards; a long page passes cardsHref and
// the server-made descriptions instead, and the cards load once it runs), then render text
// with its marks: on the server as an HTML string with marksHtml(toSegments(text, spans), …),
// or in the browser with <AnnotatedText segments={…} lang="kk" />. Hover, focus, tap, click, Enter and Escape are
// handled by the provider for every mark inside it.
export { TermCardsProvider } from "./term-cards-context";
export { GrammarLine } from "./grammar-line";
export { toTermCard, pickTermCards, type TermCard, type TermCards } from "@/lib/marks/term-card";
export { toSegments, segmentText, type Segment, type TermSegment } from "@/lib/marks/segments";
export { encodeGrammar, decodeGrammar } from "@/lib/marks/grammar-attr";
export { marksHtml, unmarkHtml, highlightHtml, escapeHtml, type MarksHtmlOptions } from "@/lib/marks/marks-html";
export { AnnotatedText } from "./annotated-text";
