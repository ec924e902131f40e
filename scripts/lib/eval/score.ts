// The scoring rules of ../shared/eval/README.md: parse a gold file, run the engine on its texts,
// and count recall, precision, traps and coverage, with a line per miss for diagnostics.
import type { Span } from "@/lib/annotate/types";

export interface GoldLemma {
  lemma: string;
  /** The expected span's text inside the occurrence (default: the whole surface). */
  sub?: string;
}

export interface GoldLine {
  kind: "occurrence" | "trap" | "ambiguous";
  surface: string;
  lemmas: GoldLemma[];
  /** 1-based line in the gold file, for diagnostics. */
  line: number;
}

export interface GoldText {
  file: string;
  lines: GoldLine[];
}

export function parseGold(tsv: string): GoldText[] {
  const texts: GoldText[] = [];
  tsv.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === "" || raw.startsWith("#")) return;
    if (raw.startsWith("@")) {
      texts.push({ file: raw.slice(1).trim(), lines: [] });
      return;
    }
    const current = texts[texts.length - 1];
    if (!current) throw new Error(`gold line ${i + 1}: an occurrence before any @FILE line`);
    const [left, right] = raw.split("\t");
    if (left === undefined || right === undefined) throw new Error(`gold line ${i + 1}: expected SURFACE<TAB>LEMMA`);
    const kind = left.startsWith("!") ? "trap" : left.startsWith("?") ? "ambiguous" : "occurrence";
    const surface = kind === "occurrence" ? left : left.slice(1);
    const lemmas = right.split("|").map((part) => {
      const [lemma, sub] = part.trim().split("=");
      return sub === undefined ? { lemma: lemma!.trim() } : { lemma: lemma!.trim(), sub: sub.trim() };
    });
    current.lines.push({ kind, surface, lemmas, line: i + 1 });
  });
  return texts;
}

export interface ScoreInput {
  gold: GoldText[];
  textOf: (file: string) => string;
  /** The entry id a lemma names (its kk term or a variant, compared without case), if any. */
  entryOf: (lemma: string) => string | undefined;
  annotate: (text: string) => Span[];
}

export interface Score {
  expected: number;
  found: number;
  recall: number;
  /** Spans of entries the gold names, minus those at ambiguous places. */
  judged: number;
  correct: number;
  precision: number;
  trapsHit: string[];
  misses: string[];
  wrong: string[];
  /** Occurrences whose lemmas are not in the glossary. */
  uncovered: string[];
  boundaryErrors: string[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function score({ gold, textOf, entryOf, annotate }: ScoreInput): Score {
  const result: Score = {
    expected: 0, found: 0, recall: 0, judged: 0, correct: 0, precision: 0,
    trapsHit: [], misses: [], wrong: [], uncovered: [], boundaryErrors: [],
  };
  const namedEntries = new Set<string>();
  for (const t of gold) for (const l of t.lines) for (const { lemma } of l.lemmas) {
    const id = entryOf(lemma);
    if (id) namedEntries.add(id);
  }

  for (const goldText of gold) {
    const text = textOf(goldText.file);
    const spans = annotate(text);
    const expected = new Map<string, GoldLine>();
    const excused: { start: number; end: number; ids: Set<string> }[] = [];
    let position = 0;
    for (const line of goldText.lines) {
      const start = text.indexOf(line.surface, position);
      if (start < 0) throw new Error(`${goldText.file}: gold line ${line.line}: "${line.surface}" not found after offset ${position}`);
      const end = start + line.surface.length;
      const ids = line.lemmas.map((l) => entryOf(l.lemma));
      if (line.kind === "trap") {
        const id = ids[0];
        const hit = id && spans.find((s) => s.termId === id && s.start < end && s.end > start);
        if (hit) result.trapsHit.push(`${goldText.file}:${line.line} trap "${line.surface}" (${line.lemmas[0]!.lemma}) marked by "${hit.text}" [${hit.start},${hit.end})`);
        continue;
      }
      if (line.kind === "ambiguous") {
        excused.push({ start, end, ids: new Set(ids.filter((x): x is string => x !== undefined)) });
        continue;
      }
      position = end;
      const k = ids.findIndex((x) => x !== undefined);
      if (k < 0) {
        result.uncovered.push(`${goldText.file}:${line.line} "${line.surface}" (${line.lemmas.map((l) => l.lemma).join(" | ")})`);
        continue;
      }
      const chosen = line.lemmas[k]!;
      const sub = chosen.sub ?? line.surface;
      const offset = line.surface.indexOf(sub);
      if (offset < 0) throw new Error(`gold line ${line.line}: "${sub}" is not inside "${line.surface}"`);
      const s = start + offset;
      const key = `${s}:${s + sub.length}:${ids[k]}`;
      expected.set(key, line);
      result.expected++;
      if (spans.some((sp) => `${sp.start}:${sp.end}:${sp.termId}` === key)) result.found++;
      else {
        const near = spans.filter((sp) => sp.start < s + sub.length && sp.end > s).map((sp) => `"${sp.text}"=${sp.termId}`);
        result.misses.push(`${goldText.file}:${line.line} missed "${sub}" as ${ids[k]} (${chosen.lemma})${near.length ? `; found ${near.join(", ")}` : "; nothing there"}`);
      }
    }

    for (const span of spans) {
      if (span.text !== text.slice(span.start, span.end)) result.boundaryErrors.push(`${goldText.file}: span text differs from slice at ${span.start}`);
      const before = text.slice(Math.max(0, span.start - 1), span.start);
      const after = text.slice(span.end, span.end + 1);
      if ((before && WORD_CHAR.test(before)) || (after && WORD_CHAR.test(after))) {
        result.boundaryErrors.push(`${goldText.file}: span "${span.text}" [${span.start},${span.end}) not on word boundaries`);
      }
      if (!namedEntries.has(span.termId)) continue;
      if (excused.some((e) => e.ids.has(span.termId) && span.start < e.end && span.end > e.start)) continue;
      result.judged++;
      if (expected.has(`${span.start}:${span.end}:${span.termId}`)) result.correct++;
      else result.wrong.push(`${goldText.file}: marked "${span.text}" [${span.start},${span.end}) as ${span.termId}, not expected`);
    }
  }
  result.recall = result.expected === 0 ? 1 : result.found / result.expected;
  result.precision = result.judged === 0 ? 1 : result.correct / result.judged;
  return result;
}
