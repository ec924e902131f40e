// Cuts a text into the pieces a page renders: plain runs and term occurrences (with their
// entry id and grammar). Plain data, so the server can prepare it and pass it to the browser.
import type { Analysis, Span } from "@/lib/annotate/types";

export interface Segment {
  text: string;
  termId?: string;
  analysis?: Analysis;
}

/** Spans must be sorted and not overlap (the engine's output); text between them is kept. */
export function toSegments(text: string, spans: readonly Span[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    const term: Segment = { text: text.slice(span.start, span.end), termId: span.termId };
    if (span.analysis) term.analysis = span.analysis;
    segments.push(term);
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
