// Checks that a translation lines up with the Kazakh original paragraph by paragraph, and names
// the first paragraph that does not. Counting alone cannot do it: a deleted paragraph 5 of 10
// shows only at the end, and a split plus a merge keeps the count. So each pair's lengths are
// compared, and when the counts differ the paragraphs are aligned first (a small dynamic
// programme in the manner of Gale and Church, on paragraphs: a pair costs the distance of its
// length ratio from 1 and the numbers and quotation marks one side has and the other lacks, a
// paragraph left without a counterpart costs a fixed amount) so that the gap is found where it is.
import type { ArticleVersion } from "@/lib/articles/parse";
import { makeProblem, type Problem } from "@/lib/problems";

/**
 * A translation paragraph's length, as a share of the original's, must lie within these bounds.
 * The two real articles' pairs lie between 0.89 and 1.11 (ru) and 0.92 and 1.22 (en) by the
 * measure below; a paragraph split in two halves its share and two merged double it, so the bounds
 * leave room for freer translations while catching both.
 */
export const LENGTH_RATIO = { min: 0.6, max: 1.8 } as const;

/**
 * Added to both lengths before dividing, so that short paragraphs (a dateline, a one-line
 * heading) may differ by a few words without being outliers: "Астана." against "Astana, 12 April."
 */
export const LENGTH_SLACK = 40;

/** Letters and digits: spaces and punctuation differ between the languages' typography, not their text. */
export function paragraphLength(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

/** The translation's length as a share of the original's, short paragraphs given slack. */
export function lengthRatio(original: string, translation: string): number {
  return (paragraphLength(translation) + LENGTH_SLACK) / (paragraphLength(original) + LENGTH_SLACK);
}

export const withinRatio = (ratio: number): boolean => ratio >= LENGTH_RATIO.min && ratio <= LENGTH_RATIO.max;

/** One step of an alignment: a pair, an original paragraph with no translation, or a translation paragraph with no original. */
export type Bead =
  | { kind: "pair"; original: number; translation: number }
  | { kind: "missing"; original: number; translation: number }
  | { kind: "surplus"; original: number; translation: number };

interface Anchors {
  numbers: string[];
  quotes: number;
}

/** What survives translation unchanged: the numbers, and roughly the quotation marks. */
function anchorsOf(text: string): Anchors {
  return { numbers: (text.match(/\p{N}+/gu) ?? []).sort(), quotes: text.match(/[«»“”„"]/gu)?.length ?? 0 };
}

function numbersApart(a: readonly string[], b: readonly string[]): number {
  const rest = [...b];
  let apart = 0;
  for (const n of a) {
    const at = rest.indexOf(n);
    if (at < 0) apart++;
    else rest.splice(at, 1);
  }
  return apart + rest.length;
}

/** The log ratio in units of 0.25, squared (a pair at either bound costs 4 to 6), and each number or quotation mark one side lacks. */
function pairCost(original: string, translation: string, a: Anchors, b: Anchors): number {
  const spread = Math.log(lengthRatio(original, translation)) / 0.25;
  return spread * spread + 2 * numbersApart(a.numbers, b.numbers) + Math.abs(a.quotes - b.quotes);
}

/** Leaving a paragraph unpaired costs about as much as a pair at the edge of LENGTH_RATIO. */
const GAP_COST = 6;

/** The cheapest alignment of the two lists of paragraphs, in order. */
export function alignParagraphs(original: readonly string[], translation: readonly string[]): Bead[] {
  const m = original.length;
  const n = translation.length;
  const a = original.map(anchorsOf);
  const b = translation.map(anchorsOf);
  // cost[i][j]: aligning the first i originals with the first j translations; from[i][j]: the last bead.
  const cost: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from: Bead["kind"][][] = Array.from({ length: m + 1 }, () => new Array<Bead["kind"]>(n + 1).fill("pair"));
  cost[0]![0] = 0;
  for (let i = 0; i <= m; i++) {
    for (let j = 0; j <= n; j++) {
      const here = cost[i]![j]!;
      if (here === Infinity) continue;
      const relax = (ti: number, tj: number, step: number, kind: Bead["kind"]) => {
        // On a tie the first step found is kept: a pair, which is relaxed before the gaps.
        if (here + step < cost[ti]![tj]!) {
          cost[ti]![tj] = here + step;
          from[ti]![tj] = kind;
        }
      };
      if (i < m && j < n) relax(i + 1, j + 1, pairCost(original[i]!, translation[j]!, a[i]!, b[j]!), "pair");
      if (i < m) relax(i + 1, j, GAP_COST, "missing");
      if (j < n) relax(i, j + 1, GAP_COST, "surplus");
    }
  }
  const beads: Bead[] = [];
  for (let i = m, j = n; i > 0 || j > 0; ) {
    const kind = from[i]![j]!;
    if (kind === "pair") beads.push({ kind, original: --i, translation: --j });
    else if (kind === "missing") beads.push({ kind, original: --i, translation: j });
    else beads.push({ kind, original: i, translation: --j });
  }
  return beads.reverse();
}

/**
 * The first paragraph of `translation` that does not line up with `original`, as a problem in the
 * translation's file at that paragraph's line; undefined when every pair lines up.
 * `endLine` is the line after the translation's last paragraph, where a missing last one would go.
 */
export function alignmentProblem(original: ArticleVersion, translation: ArticleVersion, endLine: number): Problem | undefined {
  const kk = original.paragraphs;
  const other = translation.paragraphs;
  const beads =
    kk.length === other.length
      ? kk.map((_, i): Bead => ({ kind: "pair", original: i, translation: i }))
      : alignParagraphs(kk.map((p) => p.text), other.map((p) => p.text));
  const counts = { count: other.length, expected: kk.length, other: original.file };
  for (const bead of beads) {
    const here = other[bead.translation];
    const there = kk[bead.original];
    const at = { file: translation.file, line: here?.line ?? endLine, column: 1, field: "" };
    if (bead.kind === "missing" && there) {
      return makeProblem({ ...at, code: "paragraphMissing", params: { ...counts, missing: bead.original + 1, otherLine: there.line } });
    }
    if (bead.kind === "surplus" && here) {
      return makeProblem({ ...at, code: "paragraphSurplus", params: { ...counts, paragraph: bead.translation + 1 } });
    }
    if (bead.kind === "pair" && here && there && !withinRatio(lengthRatio(there.text, here.text))) {
      return makeProblem({
        ...at,
        code: "paragraphLength",
        params: {
          paragraph: bead.translation + 1,
          length: paragraphLength(here.text),
          otherParagraph: bead.original + 1,
          otherLength: paragraphLength(there.text),
          other: original.file,
          otherLine: there.line,
          min: LENGTH_RATIO.min,
          max: LENGTH_RATIO.max,
        },
      });
    }
  }
  return undefined;
}
