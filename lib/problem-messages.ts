// Problems put into words where they are shown: the command line in its language (i18next,
// lib/cli-i18n.ts), the build's and the server's ContentError and the annotate API's refusals in
// English (next-intl, server/english.ts). The messages are `Problem.<code>` and `Refusal.<code>`
// in messages/*.json. Which runtime words them is the caller's: in the server's bundle the
// messages are precompiled for next-intl, which i18next cannot read, and the command line runs
// on the files as written.
import type { Refusal } from "@/lib/annotate-request/refusals";
import type { Problem } from "@/lib/problems";

/** A message of the catalog, formatted: `Problem.yamlSyntax` with its parameters. */
export type Translate = (key: string, params: Record<string, string | number>) => string;

export function problemMessage(problem: Problem, t: Translate): string {
  return t(`Problem.${problem.code}`, problem.params);
}

/**
 * `file:line:column  error|warning  field  message`, the one-line form editors' tools can jump
 * from. The severity word stays English in every language, as compilers print it, so that
 * scripts can pick out the errors.
 */
export function formatProblem(problem: Problem, t: Translate): string {
  const field = problem.field === "" ? "-" : problem.field;
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.severity}  ${field}  ${problemMessage(problem, t)}`;
}

/** A problem as JSON outputs give it: located, its code and parameters for programs, its message for people. */
export type ProblemRecord = Problem & { message: string };

export const problemRecord = (problem: Problem, t: Translate): ProblemRecord => ({ ...problem, message: problemMessage(problem, t) });

export function refusalMessage(refusal: Refusal, t: Translate): string {
  return t(`Refusal.${refusal.code}`, refusal.params);
}
