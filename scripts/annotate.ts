// `npm run --silent annotate -- --lang kk|ru|en [--glossary DIR] FILE|-`: prints the glossary
// terms found in a text as {"spans":[{start,end,termId,text,analysis?}]} (PRODUCT.md, "Command
// line contract"), so tools outside the app can use the same engine as the reader.
import { readFileSync } from "node:fs";
import { annotate, buildTermIndex } from "@/lib/annotate";
import { loadGlossary } from "@/lib/glossary/load";
import { isLang, LANGS, type Lang } from "@/lib/glossary/schema";
import { formatProblem, isError } from "@/lib/problems";
import { GLOSSARY_DIR, readGlossaryFiles } from "@/server/files";

const USAGE = "usage: npm run --silent annotate -- --lang kk|ru|en [--glossary DIR] FILE|-";

class UsageError extends Error {}

interface Options {
  lang: Lang;
  glossary: string;
  file: string;
}

function parseArgs(args: readonly string[]): Options {
  let lang: string | undefined;
  let glossary = GLOSSARY_DIR;
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === "--lang") lang = value();
    else if (arg.startsWith("--lang=")) lang = arg.slice("--lang=".length);
    else if (arg === "--glossary") glossary = value();
    else if (arg.startsWith("--glossary=")) glossary = arg.slice("--glossary=".length);
    else if (arg.startsWith("--") && arg !== "--") throw new UsageError(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`one input file expected, got also ${arg}`);
  }
  if (lang === undefined) throw new UsageError("--lang is required");
  if (!isLang(lang)) throw new UsageError(`unknown language "${lang}": expected one of ${LANGS.join(", ")}`);
  if (file === undefined) throw new UsageError("an input FILE (or - for standard input) is required");
  return { lang, glossary, file };
}

function readInput(file: string): string {
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (error as Error).message;
    throw new Error(`cannot read ${file === "-" ? "standard input" : file}: ${reason}`);
  }
}

function main(): number {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`annotate: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  let files;
  try {
    files = readGlossaryFiles(options.glossary);
  } catch (error) {
    process.stderr.write(`annotate: cannot read the glossary folder ${options.glossary}: ${(error as Error).message}\n`);
    return 1;
  }
  const { entries, problems } = loadGlossary(files);
  const errors = problems.filter(isError);
  if (errors.length > 0) {
    process.stderr.write(`annotate: the glossary has ${errors.length} problem(s):\n`);
    for (const problem of errors) process.stderr.write(`${formatProblem(problem)}\n`);
    return 1;
  }
  let text: string;
  try {
    text = readInput(options.file);
  } catch (error) {
    process.stderr.write(`annotate: ${(error as Error).message}\n`);
    return 1;
  }
  const spans = annotate(text, buildTermIndex(entries, options.lang));
  process.stdout.write(`${JSON.stringify({ spans })}\n`);
  return 0;
}

process.exitCode = main();
