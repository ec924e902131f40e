// What the editing API answers (app/api/entries/*): the preview of an entry as the form holds it,
// a save's outcome, and the problems both carry. The form checks each answer against these guards
// before it shows anything.
import { SUFFIX_TAGS } from "@/lib/annotate/types";
import type { EntryPreview } from "@/lib/editing/preview";
import { LANGS } from "@/lib/glossary/langs";
import { arrayOf, isBoolean, isNumber, isString, oneOf, recordOf, shape, type Guard } from "./guard";
import { isAnalysis } from "./search-response";

export interface ProblemAnswer {
  field: string;
  message: string;
  severity: "error" | "warning";
  code: string;
  params: Record<string, string | number>;
  line: number;
}

export type EditPreviewAnswer = EntryPreview & { problems: ProblemAnswer[] };

export interface SaveAnswer {
  id: string;
  version: string;
  problems: ProblemAnswer[];
}

const isParam: Guard<string | number> = (value, fail): value is string | number => isString(value) || isNumber(value, fail);

export const isProblemAnswer: Guard<ProblemAnswer> = shape<ProblemAnswer>({
  field: isString,
  message: isString,
  severity: oneOf(["error", "warning"]),
  code: isString,
  params: recordOf(isParam),
  line: isNumber,
});

const isLang = oneOf(LANGS);
const nullOr =
  <T>(guard: Guard<T>): Guard<T | null> =>
  (value, fail): value is T | null =>
    value === null || guard(value, fail);

export const isEditPreviewAnswer: Guard<EditPreviewAnswer> = shape<EditPreviewAnswer>({
  occurrences: arrayOf(
    shape({ article: isString, title: isString, lang: isLang, paragraph: isNumber, text: isString, form: isString, start: isNumber, end: isNumber, grammar: nullOr(isAnalysis) }),
  ),
  takenFrom: arrayOf(shape({ article: isString, lang: isLang, paragraph: isNumber, termId: isString, text: isString, form: isString })),
  paradigm: arrayOf(shape({ lang: isLang, form: isString, suffixes: arrayOf(oneOf(SUFFIX_TAGS)) })),
  unmatched: arrayOf(shape({ lang: isLang, word: isString, count: isNumber })),
  truncated: isBoolean,
  problems: arrayOf(isProblemAnswer),
});

export const isSaveAnswer: Guard<SaveAnswer> = shape<SaveAnswer>({ id: isString, version: isString, problems: arrayOf(isProblemAnswer) });

/** A refusal's answer: {error}. */
export const isErrorAnswer: Guard<{ error: string }> = shape<{ error: string }>({ error: isString });
