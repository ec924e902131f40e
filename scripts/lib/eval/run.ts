// Scores the engine with a glossary on one gold set and says how it went: shared by the project's
// own test on its articles and by `npm run eval` on the larger sets of ../shared/eval.
import { readFileSync } from "node:fs";
import path from "node:path";
import { annotate, buildTermIndex, type Span } from "@/lib/annotate";
import type { GlossaryEntry } from "@/lib/glossary/schema";
import { parseGold, score, type Score } from "./score";

export interface GoldSet {
  name: string;
  gold: string;
  /** The folder the gold's @FILE names are in. */
  texts: string;
  recall: number;
  precision: number;
  /** The least share of the gold's occurrences whose term the glossary must have, if any. */
  coverage?: number;
}

export interface SetResult {
  set: GoldSet;
  /** At the gold's granularity: what the targets apply to. */
  score: Score;
  /** The reader's spans as they are (longest term only), scored by the same rules. */
  strict: Score;
  /** Share of the gold's occurrences whose lemma the glossary has. */
  coverage: number;
  passed: boolean;
  summary: string;
}

export function scoreSet(set: GoldSet, entries: readonly GlossaryEntry[]): SetResult {
  const index = buildTermIndex(entries, "kk");
  const entryByTerm = new Map<string, string>();
  // The gold's rule: a lemma names the entry whose kk term or variant it is, compared without case.
  const termKey = (term: string) => term.normalize("NFC").toLowerCase().trim();
  for (const e of entries) for (const t of [e.kk.term, ...e.kk.variants]) if (!entryByTerm.has(termKey(t))) entryByTerm.set(termKey(t), e.id);
  const gold = parseGold(readFileSync(set.gold, "utf8"));
  const entryOf = (lemma: string) => entryByTerm.get(termKey(lemma));
  const textOf = (file: string) => readFileSync(path.join(set.texts, file), "utf8");
  // The rules as written: the engine's spans as the reader shows them.
  const strict = score({ gold, textOf, entryOf, annotate: (text) => annotate(text, index) });
  // At the gold's granularity: a span whose entry no lemma of the gold names (a long official
  // name the gold's authors did not have, like «ЕҚЫҰ-ның Астанадағы Бағдарламалар кеңсесі») is
  // scored by the terms inside it that it won over (its inner spans), which the gold does name.
  // A glossary that grows past the gold's lemmas is then not counted as the engine's misses.
  const named = new Set<string>();
  for (const text of gold) for (const line of text.lines) for (const { lemma } of line.lemmas) {
    const id = entryOf(lemma);
    if (id) named.add(id);
  }
  const result = score({
    gold,
    textOf,
    entryOf,
    annotate: (text) => annotate(text, index, { inner: true }).flatMap(function atGranularity(span): Span[] {
      return named.has(span.termId) || !span.inner ? [span] : span.inner.flatMap(atGranularity);
    }),
  });
  const coverage = result.expected / Math.max(1, result.expected + result.uncovered.length);
  const passed =
    result.recall >= set.recall && result.precision >= set.precision && coverage >= (set.coverage ?? 0) && result.trapsHit.length === 0 && result.boundaryErrors.length === 0;
  const figures = (r: Score) => `recall ${r.found}/${r.expected} = ${r.recall.toFixed(3)}, precision ${r.correct}/${r.judged} = ${r.precision.toFixed(3)}`;
  const summary = [
    `${set.name}: at the gold's granularity ${figures(result)} (targets ${set.recall}, ${set.precision}), traps marked ${result.trapsHit.length}, glossary coverage ${coverage.toFixed(3)}${set.coverage === undefined ? "" : ` (target ${set.coverage})`} (${result.uncovered.length} occurrence(s) of terms it lacks)`,
    ...[...result.misses, ...result.wrong, ...result.trapsHit, ...result.boundaryErrors].map((line) => `  ${line}`),
    `${set.name}: the spans as the reader shows them (longest term only) ${figures(strict)}`,
    ...[...strict.misses, ...strict.wrong].map((line) => `  ${line}`),
  ].join("\n");
  return { set, score: result, strict, coverage, passed, summary };
}
