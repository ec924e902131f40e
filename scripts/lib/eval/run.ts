// Scores the engine with a glossary on one gold set and says how it went: shared by the project's
// own test on its articles and by `npm run eval` on the larger sets of ../shared/eval.
import { readFileSync } from "node:fs";
import path from "node:path";
import { annotate, buildTermIndex } from "@/lib/annotate";
import type { GlossaryEntry } from "@/lib/glossary/schema";
import { parseGold, score, type Score } from "./score";

export interface GoldSet {
  name: string;
  gold: string;
  /** The folder the gold's @FILE names are in. */
  texts: string;
  recall: number;
  precision: number;
}

export interface SetResult {
  set: GoldSet;
  score: Score;
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
  const result = score({
    gold: parseGold(readFileSync(set.gold, "utf8")),
    textOf: (file) => readFileSync(path.join(set.texts, file), "utf8"),
    entryOf: (lemma) => entryByTerm.get(termKey(lemma)),
    annotate: (text) => annotate(text, index),
  });
  const coverage = result.expected / Math.max(1, result.expected + result.uncovered.length);
  const passed = result.recall >= set.recall && result.precision >= set.precision && result.trapsHit.length === 0 && result.boundaryErrors.length === 0;
  const summary = [
    `${set.name}: recall ${result.found}/${result.expected} = ${result.recall.toFixed(3)} (target ${set.recall}), precision ${result.correct}/${result.judged} = ${result.precision.toFixed(3)} (target ${set.precision}), traps marked ${result.trapsHit.length}, glossary coverage ${coverage.toFixed(3)} (${result.uncovered.length} occurrence(s) of terms it lacks)`,
    ...[...result.misses, ...result.wrong, ...result.trapsHit, ...result.boundaryErrors].map((line) => `  ${line}`),
  ].join("\n");
  return { set, score: result, coverage, passed, summary };
}
