// The Unicode stream-safe rule (UAX #15) for submitted text: no base character may carry more than
// 30 combining marks. Real text never comes near it (Kazakh needs none; a stacked diacritic has
// two or three), while a run of thousands is the shape that makes canonical reordering quadratic.
// Such text is refused with the offset of the run, never silently altered.
import { isCombiningMark, MAX_COMBINING_MARKS } from "@/lib/morphology/normalize";
import { refusal, type Refusal } from "./refusals";

export interface LongMarkRun {
  /** UTF-16 offset of the first mark past the limit. */
  offset: number;
  /** How many marks the run has in all. */
  marks: number;
}

/** The first run of more than 30 combining marks, or undefined when the text is stream-safe. */
export function findLongMarkRun(text: string): LongMarkRun | undefined {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isCombiningMark(text.charCodeAt(i))) {
      run = 0;
      continue;
    }
    if (++run <= MAX_COMBINING_MARKS) continue;
    let end = i;
    while (end < text.length && isCombiningMark(text.charCodeAt(end))) end++;
    return { offset: i, marks: run + (end - i) - 1 };
  }
  return undefined;
}

export const longMarkRunRefusal = (run: LongMarkRun): Refusal =>
  refusal("tooManyMarks", { marks: run.marks, offset: run.offset, max: MAX_COMBINING_MARKS });
