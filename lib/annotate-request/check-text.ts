// Checks what the /annotate page's form sends: a non-empty text within the page's limit and a
// language of the glossary. The answer names what is wrong, for the page to say in its language.
import { isLang, type Lang } from "@/lib/glossary/schema";
import { MAX_COMBINING_MARKS } from "@/lib/morphology/normalize";
import { MAX_PAGE_TEXT_CHARS } from "./limits";
import { findLongMarkRun } from "./stream-safe";

export type TextProblem =
  | { code: "empty" }
  | { code: "tooLong"; length: number; max: number }
  | { code: "badLang" }
  | { code: "tooManyMarks"; offset: number; marks: number; max: number };

export type CheckedText = { ok: true; text: string; lang: Lang } | { ok: false; problem: TextProblem };

export function checkPageText(text: unknown, lang: unknown): CheckedText {
  if (!isLang(lang)) return { ok: false, problem: { code: "badLang" } };
  if (typeof text !== "string" || text.trim() === "") return { ok: false, problem: { code: "empty" } };
  if (text.length > MAX_PAGE_TEXT_CHARS) {
    return { ok: false, problem: { code: "tooLong", length: text.length, max: MAX_PAGE_TEXT_CHARS } };
  }
  const run = findLongMarkRun(text);
  if (run) return { ok: false, problem: { code: "tooManyMarks", offset: run.offset, marks: run.marks, max: MAX_COMBINING_MARKS } };
  return { ok: true, text, lang };
}
