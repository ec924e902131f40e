// One problem found in a content file, located by file, line, column and field. The loaders,
// `glossary check` and the build all report through this shape; `code` is a message key under
// `cli.problem` in messages/*.json so the command line can say it in kk, ru or en.
import { translator, type CliLang } from "@/lib/cli-i18n";

export type Severity = "error" | "warning";

/** Every kind of problem; each has a message `cli.problem.<code>` in kk, ru and en. */
export const PROBLEM_CODES = [
  // YAML and schema
  "yamlSyntax",
  "duplicateKey",
  "notAMapping",
  "missingField",
  "wrongType",
  "unknownField",
  "invalidValue",
  "tooFewItems",
  "emptyText",
  "badCharacter",
  "notUtf8",
  "idFormat",
  "relatedFormat",
  "reviewedNeedsDefinition",
  "reviewedNeedsSource",
  "invalidField",
  "dateFormat",
  "urlFormat",
  // across the glossary
  "idMismatch",
  "duplicateId",
  "duplicateTerm",
  "unknownRelated",
  "relatedSelf",
  "missingDefinition",
  // names (terms and variants)
  "latinInKazakh",
  "repeatedName",
  "unknownFullForm",
  "noFullForm",
  "fragmentVariant",
  "nameClash",
  "flowVariants",
  "notDictionaryForm",
  "notFoundAsItself",
  // articles
  "frontMatterUnclosed",
  "noParagraphs",
  "missingArticleFile",
  "paragraphSurplus",
  "paragraphMissing",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
export type ProblemParams = Record<string, string | number>;

export interface Problem {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Dotted path of the field inside the file ("kk.term", "related.0"); "" for the whole file. */
  field: string;
  code: ProblemCode;
  params: ProblemParams;
  /** English rendering, so callers outside the command line (build errors) read well. */
  message: string;
  severity: Severity;
}

export type ProblemInput = Omit<Problem, "message" | "severity" | "params"> & {
  params?: ProblemParams;
  severity?: Severity;
};

export function renderProblemMessage(code: ProblemCode, params: ProblemParams, lang: CliLang): string {
  return translator(lang)(`problem.${code}`, params);
}

export function makeProblem(input: ProblemInput): Problem {
  const params = input.params ?? {};
  return {
    ...input,
    params,
    severity: input.severity ?? "error",
    message: renderProblemMessage(input.code, params, "en"),
  };
}

/**
 * `file:line:column  error|warning  field  message`, the one-line form editors' tools can jump
 * from. The severity word stays English in every language, as compilers print it, so that
 * scripts can pick out the errors.
 */
export function formatProblem(problem: Problem, lang: CliLang = "en"): string {
  const message = lang === "en" ? problem.message : renderProblemMessage(problem.code, problem.params, lang);
  const field = problem.field === "" ? "-" : problem.field;
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.severity}  ${field}  ${message}`;
}

export const isError = (problem: Problem): boolean => problem.severity === "error";

/** Stable order for reports: by file, then position. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}
