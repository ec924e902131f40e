// `npm run --silent annotate -- --lang kk|ru|en [--glossary DIR] FILE|-`: prints the glossary
// terms found in a text as {"spans":[{start,end,termId,text,analysis?}]} (PRODUCT.md, "Command
// line contract"), so tools outside the app can use the same engine as the reader.
import { closeSync, openSync, readSync } from "node:fs";
import { annotate, buildTermIndex } from "@/lib/annotate";
import { loadGlossary } from "@/lib/glossary/load";
import { isLang, LANGS, type Lang } from "@/lib/glossary/schema";
import { cliTranslate } from "@/lib/cli-i18n";
import { formatProblem, refusalMessage } from "@/lib/problem-messages";
import { isError } from "@/lib/problems";
import { findLongMarkRun, longMarkRunRefusal } from "@/lib/annotate-request/stream-safe";
import { decodeUtf8, stripBom } from "@/lib/text/utf8";
import { GLOSSARY_DIR, readGlossaryFiles } from "@/server/content/files";

const USAGE = "usage: npm run --silent annotate -- --lang kk|ru|en [--glossary DIR] [--inner] FILE|-";

/** The largest input read (16 MiB): a text beyond it, or an endless stream, is refused. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

const HELP = `${USAGE}

Prints the glossary terms found in a UTF-8 text as {"spans":[{"start","end","termId","text","analysis"?}]}.
Offsets are UTF-16 code units of the text; a leading byte-order mark is not part of the text.
  --lang kk|ru|en   the language of the text (required)
  --glossary DIR    the glossary folder (default: glossary/)
  --inner           also give a span the shorter terms inside it that it won over, as "inner"
                    (БҰҰ-ның and адам құқықтары inside a long official name)
  FILE | -          the text, or - for standard input (at most ${MAX_INPUT_BYTES / 1024 / 1024} MiB)
  --help            this text`;

class UsageError extends Error {}
class HelpRequested extends Error {}

interface Options {
  lang: Lang;
  glossary: string;
  file: string;
  inner: boolean;
}

function parseArgs(args: readonly string[]): Options {
  let lang: string | undefined;
  let glossary = GLOSSARY_DIR;
  let file: string | undefined;
  let inner = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === "--help" || arg === "-h") throw new HelpRequested();
    if (arg === "--lang") lang = value();
    else if (arg.startsWith("--lang=")) lang = arg.slice("--lang=".length);
    else if (arg === "--glossary") glossary = value();
    else if (arg.startsWith("--glossary=")) glossary = arg.slice("--glossary=".length);
    else if (arg === "--inner") inner = true;
    else if (arg.startsWith("--") && arg !== "--") throw new UsageError(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`one input file expected, got also ${arg}`);
  }
  if (lang === undefined) throw new UsageError("--lang is required");
  if (!isLang(lang)) throw new UsageError(`unknown language "${lang}": expected one of ${LANGS.join(", ")}`);
  if (file === undefined) throw new UsageError("an input FILE (or - for standard input) is required");
  return { lang, glossary, file, inner };
}

/** The input's bytes, at most MAX_INPUT_BYTES (read in blocks, so /dev/zero is refused, not read forever). */
function readInputBytes(file: string): Buffer {
  let fd: number;
  try {
    fd = file === "-" ? 0 : openSync(file, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (error as Error).message;
    throw new Error(`cannot read ${file}: ${reason}`);
  }
  const name = file === "-" ? "standard input" : file;
  const blocks: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      const block = Buffer.allocUnsafe(1 << 16);
      let read: number;
      try {
        read = readSync(fd, block, 0, block.length, null);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EAGAIN") continue;
        if (code === "EOF") break;
        throw new Error(`cannot read ${name}: ${code === "EISDIR" ? "is a directory" : (error as Error).message}`);
      }
      if (read === 0) break;
      total += read;
      if (total > MAX_INPUT_BYTES) throw new Error(`${name} is larger than the limit of ${MAX_INPUT_BYTES} bytes (16 MiB): split the text`);
      blocks.push(block.subarray(0, read));
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
  return Buffer.concat(blocks, total);
}

function readInput(file: string): string {
  const decoded = decodeUtf8(readInputBytes(file));
  const name = file === "-" ? "standard input" : file;
  if (!decoded.ok) throw new Error(`${name}:${decoded.line}: not valid UTF-8 (byte ${decoded.byte}); save the text as UTF-8`);
  const text = stripBom(decoded.text);
  const marks = findLongMarkRun(text);
  if (marks) throw new Error(`${name}: ${refusalMessage(longMarkRunRefusal(marks), cliTranslate("en"))}`);
  return text;
}

function main(): number {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof HelpRequested) {
      process.stdout.write(`${HELP}\n`);
      return 0;
    }
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
  if (files.length === 0) {
    process.stderr.write(`annotate: the glossary folder ${options.glossary} has no entry files (*.yaml)\n`);
    return 1;
  }
  const { entries, problems } = loadGlossary(files);
  const errors = problems.filter(isError);
  if (errors.length > 0) {
    process.stderr.write(`annotate: the glossary has ${errors.length} problem(s):\n`);
    for (const problem of errors) process.stderr.write(`${formatProblem(problem, cliTranslate("en"))}\n`);
    return 1;
  }
  let text: string;
  try {
    text = readInput(options.file);
  } catch (error) {
    process.stderr.write(`annotate: ${(error as Error).message}\n`);
    return 1;
  }
  const spans = annotate(text, buildTermIndex(entries, options.lang), { inner: options.inner });
  process.stdout.write(`${JSON.stringify({ spans })}\n`);
  return 0;
}

process.exitCode = main();
