// Adversarial input costs linear time: no shape of text makes the engine hand a long string to
// String.prototype.normalize (whose canonical reordering is quadratic in a run of marks), and
// offsets still refer to the original text. Counted, not timed: a timed test is flaky on a shared
// machine (`npm run probe` prints the time per character of each shape).
import fc from "fast-check";
import { annotate } from "@/lib/annotate";
import { MAX_COMBINING_MARKS } from "@/lib/morphology/normalize";
import { tokenize } from "@/lib/morphology/tokenize";
import { buildTermIndex } from "@/lib/annotate";
import { entry } from "../annotate/glossary-fixture";

const MARKS = ["\u0301", "\u0334", "\u0308", "\u20d2", "\u1ab0"];

/** Calls of normalize during `run`, each with the length of its input. */
function normalizeCalls(run: () => void): number[] {
  const original = String.prototype.normalize;
  const lengths: number[] = [];
  String.prototype.normalize = function (this: string, form?: string) {
    lengths.push(this.length);
    return original.call(this, form);
  };
  try {
    run();
  } finally {
    String.prototype.normalize = original;
  }
  return lengths;
}

const markRun = fc.tuple(fc.constantFrom("а", "с", "o", "ә"), fc.array(fc.constantFrom(...MARKS), { minLength: 0, maxLength: 400 })).map(([base, marks]) => base + marks.join(""));
const shapes = fc.oneof(
  fc.array(markRun, { minLength: 1, maxLength: 20 }).map((parts) => parts.join(" ")),
  fc.integer({ min: 1, max: 20_000 }).map((n) => "сот".repeat(n)),
  fc.integer({ min: 1, max: 5_000 }).map((n) => "а ".repeat(n)),
  fc.integer({ min: 1, max: 5_000 }).map((n) => "сот-".repeat(n)),
  fc.array(fc.constantFrom("сот", "\u0301", "\u00ad", "-", " ", "i", "Жоғарғы", "соттың"), { maxLength: 3_000 }).map((parts) => parts.join("")),
);

describe("the engine on adversarial text", () => {
  it("never normalizes more than a letter and 30 marks at once, and keeps offsets on the original", () => {
    const index = buildTermIndex([entry("court", "сот"), entry("supreme-court", "Жоғарғы сот"), entry("jury-trial", "алқабилер соты")], "kk");
    fc.assert(
      fc.property(shapes, (text) => {
        let spans: ReturnType<typeof annotate> = [];
        const calls = normalizeCalls(() => {
          spans = annotate(text, index);
        });
        // A base character (up to 2 units) and at most 30 marks.
        for (const length of calls) expect(length).toBeLessThanOrEqual(2 + MAX_COMBINING_MARKS);
        expect(calls.length).toBeLessThanOrEqual(2 * text.length + 2);
        for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
      }),
      { numRuns: 60 },
    );
  });

  it("keeps a whole run of marks in its word, while only the first 30 count for matching", () => {
    const text = `сот${"\u0301".repeat(5000)} сот`;
    const tokens = tokenize(text);
    expect(tokens).toHaveLength(2);
    expect(tokens[0]!.end).toBe(3 + 5000);
    expect(tokens[1]!.start).toBe(3 + 5000 + 1);
  });
});
