// One context sentence per glossary name, for the exports: from the concordance, the first
// sentence in which that very name (not just its entry) occurs — the form found is read back
// with the engine to tell «сот шешімі» from its variant «соттың ұйғарымы».
import { readWhole, type TermIndex } from "@/lib/annotate";
import type { Occurrence } from "@/lib/concordance/occurrences";
import type { Lang } from "@/lib/glossary/schema";

/** A name's context sentence, looked up by entry id, language and the name's text. */
export type ContextOf = (entryId: string, lang: Lang, name: string) => string | undefined;

export const NO_CONTEXTS: ContextOf = () => undefined;

export function contextsFromConcordance(
  concordance: ReadonlyMap<string, readonly Occurrence[]>,
  indexOf: (lang: Lang) => TermIndex,
): ContextOf {
  const found = new Map<string, string>();
  for (const [entryId, occurrences] of concordance) {
    for (const o of occurrences) {
      const reading = readWhole(o.match, indexOf(o.lang)).find((r) => r.termId === entryId);
      if (!reading) continue;
      const key = `${entryId}\u0000${o.lang}\u0000${reading.term}`;
      if (!found.has(key)) found.set(key, `${o.before}${o.match}${o.after}`.trim());
    }
  }
  return (entryId, lang, name) => found.get(`${entryId}\u0000${lang}\u0000${name}`);
}
