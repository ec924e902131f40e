// Scores the engine with the project's glossary on the two gold sets of ../shared/eval
// (rules in its README): the articles' sources (seeds) and 44 passages of real text (dev).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { annotate, buildTermIndex } from "@/lib/annotate";
import { loadGlossary, termKey } from "@/lib/glossary/load";
import { isError } from "@/lib/problems";
import { readGlossaryFiles } from "@/server/files";
import { parseGold, score, type Score } from "./score";

const ROOT = path.resolve(__dirname, "..", "..");
const EVAL = path.resolve(ROOT, "..", "shared", "eval");
const SEEDS = path.resolve(ROOT, "..", "shared", "seeds");

const SETS = [
  { name: "seeds", gold: path.join(EVAL, "seeds.gold.tsv"), texts: SEEDS, recall: 0.97, precision: 0.98 },
  { name: "dev", gold: path.join(EVAL, "dev", "gold.tsv"), texts: path.join(EVAL, "dev", "texts"), recall: 0.95, precision: 0.97 },
];

function report(name: string, s: Score): string {
  return [
    `${name}: recall ${s.found}/${s.expected} = ${s.recall.toFixed(3)}, precision ${s.correct}/${s.judged} = ${s.precision.toFixed(3)}, traps marked ${s.trapsHit.length}, not in the glossary ${s.uncovered.length}`,
    ...[...s.misses, ...s.wrong, ...s.trapsHit, ...s.boundaryErrors].map((line) => `  ${line}`),
  ].join("\n");
}

describe("the term engine on the gold sets", () => {
  it("finds the gold folder next to the repository", () => {
    if (!existsSync(EVAL)) throw new Error(`The gold sets are missing: expected them in ${EVAL} (../shared/eval from the repository root)`);
  });

  const { entries, problems } = loadGlossary(readGlossaryFiles(path.join(ROOT, "glossary")));
  const index = buildTermIndex(entries, "kk");
  const entryByTerm = new Map<string, string>();
  for (const e of entries) for (const t of [e.kk.term, ...e.kk.variants]) if (!entryByTerm.has(termKey(t))) entryByTerm.set(termKey(t), e.id);

  it("loads the project's glossary without errors", () => {
    expect(problems.filter(isError)).toEqual([]);
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(SETS)("scores at least the targets on $name", (set) => {
    if (!existsSync(set.gold)) throw new Error(`Gold file missing: ${set.gold}`);
    const result = score({
      gold: parseGold(readFileSync(set.gold, "utf8")),
      textOf: (file) => readFileSync(path.join(set.texts, file), "utf8"),
      entryOf: (lemma) => entryByTerm.get(termKey(lemma)),
      annotate: (text) => annotate(text, index),
    });
    const summary = report(set.name, result);
    console.log(summary);
    if (result.recall < set.recall || result.precision < set.precision || result.trapsHit.length > 0 || result.boundaryErrors.length > 0) {
      throw new Error(`Below target (recall ≥ ${set.recall}, precision ≥ ${set.precision}, no trap marked)\n${summary}`);
    }
  });
});

describe("the scorer", () => {
  const gold = parseGold(
    ["@a.txt", "сотының\tсот", "!сотталған\tсот", "?соттар\tсот", "Жоғарғы соттың\tЖоғарғы сот | сот=соттың"].join("\n"),
  );
  const text = "сотының сотталған соттар Жоғарғы соттың";
  const entryOf = (lemma: string) => ({ сот: "court" })[lemma as "сот"];
  const span = (start: number, end: number, termId = "court") => ({ start, end, termId, text: text.slice(start, end) });

  it("counts exact spans, falls back to the first lemma in the glossary, and excuses ambiguous places", () => {
    const s = score({ gold, textOf: () => text, entryOf, annotate: () => [span(0, 7), span(18, 24), span(33, 39)] });
    expect([s.found, s.expected, s.correct, s.judged, s.trapsHit.length]).toEqual([2, 2, 2, 2, 0]);
  });

  it("reports a marked trap and a wrong span", () => {
    const s = score({ gold, textOf: () => text, entryOf, annotate: () => [span(8, 17), span(25, 39)] });
    expect(s.trapsHit).toHaveLength(1);
    expect(s.found).toBe(0);
    expect(s.precision).toBe(0);
  });
});
