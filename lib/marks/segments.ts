// Cuts a text into the pieces a page renders: plain runs (strings) and term occurrences
// ([text, entry id, grammar] with the grammar in grammar-attr.ts's compact form). Plain, compact
// data, so the server can prepare it and pass it to the browser even for a long text.
import type { Span } from "@/lib/annotate/types";
import { encodeGrammar } from "./grammar-attr";

export type TermSegment = readonly [text: string, termId: string, grammar?: string];
export type Segment = string | TermSegment;

export const segmentText = (segment: Segment): string => (typeof segment === "string" ? segment : segment[0]);

/** Spans must be sorted and not overlap (the engine's output); text between them is kept. */
export function toSegments(text: string, spans: readonly Span[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) segments.push(text.slice(at, span.start));
    const grammar = encodeGrammar(span.analysis);
    const piece = text.slice(span.start, span.end);
    segments.push(grammar ? [piece, span.termId, grammar] : [piece, span.termId]);
    at = span.end;
  }
  if (at < text.length) segments.push(text.slice(at));
  return segments;
}
