// Scores the engine with the project's glossary on the project's own gold set: every legal-term
// occurrence in the Kazakh text of its articles (__tests__/fixtures/gold/articles.gold.tsv, made
// here). The larger sets outside the repository are `npm run eval`'s, so this passes in any clone.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { entry } from "@/__tests__/lib/annotate/glossary-fixture";
import { loadGlossary } from "@/lib/glossary/load";
import { isError } from "@/lib/problems";
import { readGlossaryFiles, REPO_ROOT } from "@/server/content/files";
import { scoreSet } from "@/scripts/lib/eval/run";
import { parseGold, score } from "@/scripts/lib/eval/score";

describe("the term engine on the project's own gold set", () => {
  const { entries, problems } = loadGlossary(readGlossaryFiles());

  it("loads the project's glossary without errors", () => {
    expect(problems.filter(isError)).toEqual([]);
    expect(entries.length).toBeGreaterThan(0);
  });

  it("finds the articles' terms (recall ≥ 0.97, precision ≥ 0.98, every span on word boundaries)", () => {
    const result = scoreSet(
      { name: "articles", gold: path.join(__dirname, "../fixtures/gold/articles.gold.tsv"), texts: path.join(REPO_ROOT, "articles"), recall: 0.97, precision: 0.98 },
      entries,
    );
    if (!result.passed) throw new Error(`Below target\n${result.summary}`);
    expect(result.score.expected).toBeGreaterThan(90);
    // This gold was written with this glossary: the reader's own spans meet the targets too.
    expect(result.strict.recall).toBeGreaterThanOrEqual(0.97);
    expect(result.strict.precision).toBeGreaterThanOrEqual(0.98);
  });
});

describe("scoring at the gold's granularity", () => {
  it("scores a span of a term the gold never names by the terms inside it; the reader's spans as they are beside it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "zan-gold-"));
    try {
      writeFileSync(path.join(dir, "a.txt"), "БҰҰ-ның адам құқықтары жөніндегі басқармасы хабарлады.");
      writeFileSync(path.join(dir, "gold.tsv"), "@a.txt\nБҰҰ-ның\tБҰҰ\nадам құқықтары\tадам құқықтары\n");
      const glossary = [entry("un-office", "БҰҰ-ның адам құқықтары жөніндегі басқармасы"), entry("un", "БҰҰ"), entry("human-rights", "адам құқықтары")];
      const result = scoreSet({ name: "t", gold: path.join(dir, "gold.tsv"), texts: dir, recall: 0.97, precision: 0.98 }, glossary);
      expect([result.score.found, result.score.expected, result.score.correct, result.score.judged]).toEqual([2, 2, 2, 2]);
      expect([result.strict.found, result.strict.expected]).toEqual([0, 2]);
      expect(result.passed).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
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
