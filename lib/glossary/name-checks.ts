// The checks of a glossary's names that need the term engine: every term and variant is found as
// itself when a text holds it, and a name is written in dictionary form — the engine does not
// read it as an inflected form of another name (a variant «соттың шешімі» is «сот шешімі» with
// its first word in the genitive, which the engine finds anyway; «сотының» is «сот» inflected).
// Run by `glossary check` and the content tests; the loader's own checks need no engine.
import { annotate, buildTermIndex, readWhole, type NameReading, type TermIndex } from "@/lib/annotate";
import { foldName, type LoadedGlossary } from "@/lib/glossary/load";
import { namesOf } from "@/lib/glossary/names";
import { LANGS, type Lang } from "@/lib/glossary/schema";
import { makeProblem, type Problem } from "@/lib/problems";

/**
 * Two written forms of one name, not an inflection to report: a Kazakh compound with and without
 * the possessive of its last word (талап арыз / талап арызы), and a preferred term that usage
 * puts in the plural (адам құқықтары) beside its singular variant.
 */
function isWrittenForm(reading: NameReading, entryId: string, preferred: boolean): boolean {
  if (reading.termId !== entryId || reading.bent) return false;
  const tags = reading.analysis?.suffixes.map((s) => s.tag) ?? [];
  if (tags.every((t) => t === "poss3")) return true;
  return preferred && tags.every((t) => t === "poss3" || t === "plural");
}

/** The grammar of a reading in a line: сот + ы (poss3) + ның (genitive); "none" when a word before the last is what is inflected. */
function grammarOf(reading: NameReading): string {
  const analysis = reading.analysis;
  if (!analysis || analysis.suffixes.length === 0) return "none";
  return [analysis.lemma, ...analysis.suffixes.map((s) => `${s.form} (${s.tag})`)].join(" + ");
}

/**
 * `only`: the entries whose names are checked (all by default); the editing form checks the one
 * being edited against the whole glossary.
 */
export function nameProblems(glossary: Pick<LoadedGlossary, "entries" | "files">, indexes?: Partial<Record<Lang, TermIndex>>, only?: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const entries = glossary.entries;
  for (const lang of LANGS) {
    const index = indexes?.[lang] ?? buildTermIndex(entries, lang);
    // Names that another entry has too (reported by the loader as nameClash, or allowed homonyms
    // in Russian and English): the engine marks the first entry there, which is not news.
    const owners = new Map<string, Set<string>>();
    for (const entry of entries) for (const name of namesOf(entry[lang])) {
      const key = foldName(name.text);
      const set = owners.get(key) ?? new Set<string>();
      set.add(entry.id);
      owners.set(key, set);
    }
    for (const entry of entries) {
      if (only && !only.has(entry.id)) continue;
      const file = glossary.files.get(entry.id);
      if (!file) continue;
      for (const name of namesOf(entry[lang])) {
        const path = [lang, ...name.path];
        const at = { file: file.file, ...file.locate(path), field: path.join(".") };
        const readings = readWhole(name.text, index);
        // Read as an inflected form of another name: that name's own forms already cover it.
        const inflected = readings.find((r) => r.inflected && foldName(r.term) !== foldName(name.text) && !isWrittenForm(r, entry.id, name.usage === "preferred"));
        if (inflected) {
          problems.push(
            makeProblem({
              ...at,
              code: "notDictionaryForm",
              params: { name: name.text, base: inflected.term, sameEntry: inflected.termId === entry.id ? "yes" : "no", other: inflected.termId, grammar: grammarOf(inflected) },
            }),
          );
          continue;
        }
        if ((owners.get(foldName(name.text))?.size ?? 0) > 1) continue;
        const spans = annotate(name.text, index);
        const whole = spans.length === 1 && spans[0]!.termId === entry.id && coversWords(name.text, spans[0]!.start, spans[0]!.end);
        if (!whole) {
          const found = spans.length === 0 ? "none" : spans.map((s) => `«${s.text}» (${s.termId})`).join(", ");
          problems.push(makeProblem({ ...at, code: "notFoundAsItself", params: { name: name.text, found } }));
        }
      }
    }
  }
  return problems;
}

/** The span runs from the name's first letter or digit to its last (quotes around it aside). */
function coversWords(text: string, start: number, end: number): boolean {
  const first = text.search(/[\p{L}\p{N}]/u);
  let last = text.length;
  while (last > 0 && !/[\p{L}\p{N}]/u.test(text[last - 1]!)) last--;
  return start === first && end === last;
}
