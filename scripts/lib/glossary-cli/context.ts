// What every `glossary` subcommand shares: the chosen language's messages, the directories,
// and writing to the terminal. Commands return an exit code instead of calling process.exit,
// so output is flushed and they can be tested.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { cliTranslate, isCliLang, pickCliLang, translator, type CliLang } from "@/lib/cli-i18n";
import { formatProblem } from "@/lib/problem-messages";
import { isError, type Problem } from "@/lib/problems";
import { ARTICLES_DIR, GLOSSARY_DIR } from "@/server/content/files";

export interface CliContext {
  lang: CliLang;
  t: (key: string, params?: Record<string, string | number>) => string;
  glossaryDir: string;
  articlesDir: string;
  out: (text: string) => void;
  err: (text: string) => void;
}

export function createContext(options: { lang?: string; glossary?: string; articles?: string }): CliContext {
  const lang = pickCliLang(options.lang, process.env);
  const t = translator(lang);
  return {
    lang,
    t: (key, params) => t(key, params ?? {}),
    glossaryDir: options.glossary ?? GLOSSARY_DIR,
    articlesDir: options.articles ?? ARTICLES_DIR,
    out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  };
}

export function printProblems(ctx: CliContext, problems: readonly Problem[], to: "out" | "err" = "out"): void {
  for (const problem of problems) ctx[to](formatProblem(problem, cliTranslate(ctx.lang)));
}

export const countErrors = (problems: readonly Problem[]): number => problems.filter(isError).length;

/** Thrown for a command line the user mistyped; the message is already translated. */
export class UsageError extends Error {}
/** Content that cannot be read at all (an unreadable or empty folder): one line, exit code 1. */
export class ContentFolderError extends Error {}

/** A command's expected failure as its message and exit code (2 for usage, 1 for a content folder); anything else is thrown on. */
export function exitCodeOf(ctx: CliContext, error: unknown): number {
  if (!(error instanceof UsageError) && !(error instanceof ContentFolderError)) throw error;
  ctx.err(error.message);
  return error instanceof UsageError ? 2 : 1;
}

type ParsedValues<O extends NonNullable<ParseArgsConfig["options"]>> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>["values"];

/**
 * A command line read by its options, with the context in the language it asks for; or, for one
 * that cannot be read (an unknown option, an unknown --lang), the exit code 2 with the message and
 * the command's usage printed.
 */
export function readCommandLine<O extends NonNullable<ParseArgsConfig["options"]>>(
  argv: string[],
  options: O,
  usage: (ctx: CliContext) => string,
): { ctx: CliContext; values: ParsedValues<O>; positionals: string[] } | number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const ctx = createContext({});
    ctx.err(ctx.t("badArguments", { detail: error instanceof Error ? error.message : String(error) }));
    ctx.err(usage(ctx));
    return 2;
  }
  const values = parsed.values as ParsedValues<O>;
  const text = (name: string) => {
    const value = (values as Record<string, unknown>)[name];
    return typeof value === "string" ? value : undefined;
  };
  const ctx = createContext({ lang: text("lang"), glossary: text("glossary"), articles: text("articles") });
  const lang = text("lang");
  if (lang !== undefined && !isCliLang(lang)) {
    ctx.err(ctx.t("badLang", { lang }));
    return 2;
  }
  return { ctx, values, positionals: parsed.positionals };
}
