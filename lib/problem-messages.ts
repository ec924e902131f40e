// Problems put into words where they are shown: the command line in its language, the build's and
// the server's ContentError in English, the annotate API's refusals in English. The messages are
// `Problem.<code>` and `Refusal.<code>` in messages/*.json, the catalog the web interface reads
// through next-intl.
import type { Refusal } from "@/lib/annotate-request/refusals";
import { translator, type CliLang } from "@/lib/cli-i18n";
import type { Problem } from "@/lib/problems";

export function problemMessage(problem: Problem, lang: CliLang = "en"): string {
  return translator(lang)(`Problem.${problem.code}`, problem.params);
}

/**
 * `file:line:column  error|warning  field  message`, the one-line form editors' tools can jump
 * from. The severity word stays English in every language, as compilers print it, so that
 * scripts can pick out the errors.
 */
export function formatProblem(problem: Problem, lang: CliLang = "en"): string {
  const field = problem.field === "" ? "-" : problem.field;
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.severity}  ${field}  ${problemMessage(problem, lang)}`;
}

/** A problem as JSON outputs give it: located, its code and parameters for programs, its message for people. */
export type ProblemRecord = Problem & { message: string };

export const problemRecord = (problem: Problem, lang: CliLang = "en"): ProblemRecord => ({ ...problem, message: problemMessage(problem, lang) });

export function refusalMessage(refusal: Refusal, lang: CliLang = "en"): string {
  return translator(lang)(`Refusal.${refusal.code}`, refusal.params);
}
