// One problem found in a content file: what is wrong as a code with its parameters, and where
// (file, line, column, field). No words: the command line, the build and the web interface each
// say it in their own language from the `Problem` messages in messages/*.json
// (lib/problem-messages.ts), and JSON outputs carry the code and parameters as they are.

export type Severity = "error" | "warning";

/** A parameter's type: any text, a number, or one of a closed list (an ICU select's keys). */
export type ParamSpec = "string" | "number" | readonly string[];

/**
 * Every kind of problem with the parameters its message takes; each has a message
 * `Problem.<code>` in kk, ru and en whose ICU arguments are exactly these (a test checks).
 */
export const PROBLEM_PARAMS = {
  // YAML and schema
  /** `more`: the syntax errors the parser met after this one, most often its echo. */
  yamlSyntax: { reason: "string", detail: "string", more: "number" },
  duplicateKey: { more: "number" },
  notAMapping: {},
  missingField: { name: "string" },
  wrongType: { expected: "string", received: "string" },
  unknownField: { name: "string" },
  invalidValue: { allowed: "string" },
  tooFewItems: { minimum: "number" },
  emptyText: {},
  badCharacter: { char: "string", offset: "number" },
  notUtf8: { line: "number" },
  idFormat: {},
  relatedFormat: {},
  reviewedNeedsDefinition: {},
  reviewedNeedsSource: {},
  invalidField: { detail: "string" },
  dateFormat: {},
  urlFormat: {},
  // across the glossary
  idMismatch: { id: "string", expected: "string" },
  duplicateId: { id: "string", other: "string" },
  duplicateTerm: { term: "string", other: "string" },
  unknownRelated: { id: "string" },
  relatedSelf: {},
  missingDefinition: { lang: "string" },
  // names (terms and variants)
  /** `cyrillic` is "none" when no Cyrillic letter looks like it. */
  latinInKazakh: { letter: "string", offset: "number", cyrillic: "string" },
  repeatedName: { name: "string", other: "string" },
  unknownFullForm: { name: "string", fullForm: "string" },
  noFullForm: { name: "string" },
  fragmentVariant: { variant: "string", whole: "string" },
  nameClash: { name: "string", otherName: "string", other: "string", file: "string" },
  flowVariants: {},
  /** `grammar` is "none" when the engine reads a word before the last as inflected. */
  notDictionaryForm: { name: "string", base: "string", sameEntry: ["yes", "no"], other: "string", grammar: "string" },
  /** `found` is "none" when nothing is marked. */
  notFoundAsItself: { name: "string", found: "string" },
  // articles
  frontMatterUnclosed: {},
  noParagraphs: {},
  missingArticleFile: { lang: "string" },
  /** A warning: the article is shown without this translation. `file`: its name ("ru.md"); `folder`: the article's. */
  missingTranslation: { lang: "string", file: "string", folder: "string" },
  // an editor's input files for `article new`
  articleInputNoTitle: { option: "string" },
  articleInputConflict: { option: "string", value: "string", optionValue: "string" },
  /** `paragraph`: the translation's paragraph (1-based) that has no counterpart in the original `other`. */
  paragraphSurplus: { count: "number", other: "string", expected: "number", paragraph: "number" },
  /** `missing`: the original's paragraph with no translation, at `otherLine` of `other`. */
  paragraphMissing: { count: "number", other: "string", expected: "number", missing: "number", otherLine: "number" },
  /** A pair whose lengths (letters and digits) are too far apart: split, merged or not the same text. */
  paragraphLength: {
    paragraph: "number", length: "number", otherParagraph: "number", otherLength: "number",
    other: "string", otherLine: "number", min: "number", max: "number",
  },
} as const satisfies Record<string, Record<string, ParamSpec>>;

export type ProblemCode = keyof typeof PROBLEM_PARAMS;
export const PROBLEM_CODES = Object.keys(PROBLEM_PARAMS) as ProblemCode[];
export const isProblemCode = (value: unknown): value is ProblemCode =>
  typeof value === "string" && Object.prototype.hasOwnProperty.call(PROBLEM_PARAMS, value);

type ValueOf<S> = S extends "string" ? string : S extends "number" ? number : S extends readonly (infer V)[] ? V : never;

/** The values a message with these declared parameters takes (none: an empty object, nothing more). */
export type ParamsOf<Spec> = [keyof Spec] extends [never] ? Record<string, never> : { -readonly [K in keyof Spec]: ValueOf<Spec[K]> };

/** The parameters a problem of this code carries, typed from PROBLEM_PARAMS. */
export type ProblemParams<C extends ProblemCode> = ParamsOf<(typeof PROBLEM_PARAMS)[C]>;

export interface ProblemLocation {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Dotted path of the field inside the file ("kk.term", "related.0"); "" for the whole file. */
  field: string;
}

/** A problem of one code, its parameters typed by that code. */
export type ProblemOf<C extends ProblemCode> = ProblemLocation & { code: C; params: ProblemParams<C>; severity: Severity };
export type Problem = { [C in ProblemCode]: ProblemOf<C> }[ProblemCode];

/** Codes whose message takes no parameters may leave `params` out. */
type ParamsInput<C extends ProblemCode> = [keyof (typeof PROBLEM_PARAMS)[C]] extends [never] ? { params?: ProblemParams<C> } : { params: ProblemParams<C> };
/** Distributed over the codes, so a code known only as "some code" cannot come with any parameters. */
export type ProblemInput<C extends ProblemCode> = C extends ProblemCode ? ProblemLocation & { code: C; severity?: Severity } & ParamsInput<C> : never;

export function makeProblem<C extends ProblemCode>(input: ProblemInput<C>): Problem {
  const { file, line, column, field, code, params = {}, severity = "error" } = input as ProblemLocation & { code: C; params?: object; severity?: Severity };
  // The input's type has tied `params` to `code` already; TypeScript cannot follow that through C.
  return { file, line, column, field, code, params, severity } as Problem;
}

export const isError = (problem: Problem): boolean => problem.severity === "error";

/** Stable order for reports: by file, then position. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}
