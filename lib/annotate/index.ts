// The term engine's public face. Everything outside lib/annotate and lib/morphology imports from here.
//
//   buildTermIndex(entries: GlossaryEntry[], lang: Lang, languages?): TermIndex
//     Build once per glossary and language: every entry's term and variants, inflected as the
//     language's descriptor in `languages` (lib/languages, the built-in kk, ru, en) says.
//   annotate(text: string, index: TermIndex, {maxSpans?}): Span[]
//     The glossary terms in `text`: sorted, non-overlapping, longest term first; offsets in
//     UTF-16 units of the original text, `text === original.slice(start, end)`; Kazakh spans
//     (and Russian/English ones with an inflected word) carry an `analysis` of that word.
//     With maxSpans it stops past that many (returning maxSpans + 1), for callers with a cap.
//     The index keeps the readings of the words met and the analyses made (up to KEPT_LIMITS),
//     so a server's later texts cost less; an analysis is frozen and may be shared by spans.
//   lemmatizeKk(word: string): KkReading[]
//     The possible dictionary forms of one Kazakh word ({lemma, stem, suffixes, hyphen?}),
//     accepting exactly the suffix chains the index accepts; the bare word comes first. For
//     search and `glossary candidates`: сотының -> сот (+ы+ның), соты (+ның), …
//     To find the entry of a whole typed phrase (алқабилер сотының), annotate the query with
//     the language's index and take a span that covers it: same grammar, no second matcher.
//   normalizeWord(text: string): string
//     The folded form used for matching (case, NFC, look-alike letters, ә/ə, ё/е …), to compare
//     a query or a term with text the way the engine does.
//   tokenize(text: string): Token[]
//     The words of a text ({start, end, norm}), hyphenated words whole.
export { annotate, readWhole, KEPT_LIMITS, type AnnotateOptions, type NameReading } from "@/lib/annotate/find";
export { buildTermIndex, type TermIndex } from "@/lib/annotate/term-index";
export { lemmatizeKk, type KkReading } from "@/lib/morphology/kk/analyze";
export { normalizeWord } from "@/lib/morphology/normalize";
export { tokenize, type Token } from "@/lib/morphology/tokenize";
export type { Analysis, Span, Suffix, SuffixTag } from "@/lib/annotate/types";
