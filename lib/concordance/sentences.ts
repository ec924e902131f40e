// Splits a paragraph into sentences for the concordance, so an occurrence is shown with the
// sentence around it. A full stop after an initial (Қ. Мәми) or a known abbreviation (т.б.) does
// not end a sentence; one only ends before an upper-case letter, a digit or an opening quote or dash.
import { ABBREVIATIONS } from "./abbreviations";

export interface Range {
  start: number;
  end: number;
}

// Terminal punctuation, then any closing quotes or brackets, then whitespace.
const TERMINATOR = /[.!?…]+[»”"’)\]]*(?=\s)/gu;
const STARTS_SENTENCE = /^[\p{Lu}\p{Nd}«“"(—–-]/u;

function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !/[\s(«“"]/u.test(text[start - 1] as string)) start--;
  return text.slice(start, end);
}

function endsSentence(text: string, match: RegExpExecArray): boolean {
  const after = text.slice(match.index + match[0].length).trimStart();
  if (after === "" || !STARTS_SENTENCE.test(after)) return false;
  if (!match[0].startsWith(".") || match[0].startsWith("..")) return true;
  const word = wordBefore(text, match.index);
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: Қ. Мәми, K. Mami
  return !ABBREVIATIONS.has(`${word}.`.toLowerCase());
}

/** Sentence ranges covering the text's non-space content, in order. */
export function splitSentences(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  const push = (end: number) => {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trail = slice.length - slice.trimEnd().length;
    if (slice.trim() !== "") ranges.push({ start: start + lead, end: end - trail });
  };
  for (const match of text.matchAll(TERMINATOR)) {
    if (!endsSentence(text, match)) continue;
    const end = match.index + match[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return ranges;
}

/** The sentence holding [start, end), widened when an occurrence straddles a boundary. */
export function sentenceAround(text: string, start: number, end: number): Range {
  const sentences = splitSentences(text);
  const first = sentences.find((s) => s.end > start) ?? { start: 0, end: text.length };
  const last = [...sentences].reverse().find((s) => s.start < end) ?? first;
  return { start: Math.min(first.start, start), end: Math.max(last.end, end) };
}
