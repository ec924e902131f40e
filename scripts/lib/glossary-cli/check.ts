// `glossary check [--strict] [--json]`: every problem of the glossary and the articles, one per
// line, each saying whether it is an error or a warning; with --json one object for programs,
// each problem's code and parameters beside its message. Errors exit 1; warnings exit 0 unless
// --strict. An entry that occurs in no article is not a problem (a glossary grows past its
// corpus): `coverage` lists those.
import { cliTranslate } from "@/lib/cli-i18n";
import { problemRecord } from "@/lib/problem-messages";
import { sortProblems, type Problem } from "@/lib/problems";
import { countErrors, printProblems, type CliContext } from "./context";
import { loadArticlesDir, loadGlossaryDir } from "./load-content";
import { nameProblems } from "@/lib/glossary/name-checks";

export function runCheck(ctx: CliContext, options: { strict: boolean; json?: boolean }): number {
  const glossary = loadGlossaryDir(ctx);
  const articles = loadArticlesDir(ctx);
  const problems: Problem[] = sortProblems([
    ...glossary.problems,
    ...articles.problems,
    ...nameProblems(glossary),
  ]);
  if (options.json) ctx.out(JSON.stringify({ problems: problems.map((p) => problemRecord(p, cliTranslate(ctx.lang))) }));
  else printProblems(ctx, problems);

  const errors = countErrors(problems);
  const warnings = problems.length - errors;
  if (problems.length === 0) {
    ctx.err(ctx.t("check.ok", { entries: glossary.entries.length, articles: articles.articles.length }));
  } else {
    ctx.err(ctx.t("check.summary", { errors, warnings }));
  }
  return errors > 0 || (options.strict && warnings > 0) ? 1 : 0;
}
