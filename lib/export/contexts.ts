// One context sentence per glossary name, for the exports: from the concordance, the first
// sentence in which that very name (not just its entry) occurs — the form found is read back
// with the engine to tell «сот шешімі» from its variant «соттың ұйғарымы». The same reading tells
// which name each form found in a translator's own text is, for a project glossary.
import { readWhole, type TermIndex } from "@/lib/annotate";
import type { Occurrence } from "@/lib/concordance/occurrences";
import type { Lang } from "@/lib/glossary/schema";

/** A name's context sentence, looked up by entry id, language and the name's text. */
export type ContextOf = (entryId: string, lang: string, name: string) => string | undefined;

/** The entry's name (term or variant) a form found in a text reads as; undefined when none does. */
export const nameReadAs = (form: string, entryId: string, index: TermIndex): string | undefined =>
  readWhole(form, index).find((r) => r.termId === entryId)?.term;

export function contextsFromConcordance(
  concordance: ReadonlyMap<string, readonly Occurrence[]>,
  indexOf: (lang: Lang) => TermIndex,
): ContextOf {
  const found = new Map<string, string>();
  for (const [entryId, occurrences] of concordance) {
    for (const o of occurrences) {
      const name = nameReadAs(o.match, entryId, indexOf(o.lang));
      if (name === undefined) continue;
      const key = `${entryId}\u0000${o.lang}\u0000${name}`;
      if (!found.has(key)) found.set(key, `${o.before}${o.match}${o.after}`.trim());
    }
  }
  return (entryId, lang, name) => found.get(`${entryId}\u0000${lang}\u0000${name}`);
}
