// The glossary editor's command line: check, new, export, schema, coverage, candidates.
// It exists so that editors (and CI) validate and extend the glossary without the web app;
// it speaks kk, ru or en (--lang, else the locale environment) through messages/*.json.
import { parseArgs } from "node:util";
import { runCheck } from "./lib/glossary-cli/check";
import { exitCodeOf, readCommandLine, type CliContext } from "./lib/glossary-cli/context";
import { runCandidates } from "./lib/glossary-cli/candidates";
import { runCoverage } from "./lib/glossary-cli/coverage";
import { runExport } from "./lib/glossary-cli/export";
import { runNew } from "./lib/glossary-cli/new-entry";
import { runSchema } from "./lib/glossary-cli/schema";

const OPTIONS = {
  lang: { type: "string" },
  glossary: { type: "string" },
  articles: { type: "string" },
  strict: { type: "boolean", default: false },
  json: { type: "boolean", default: false },
  format: { type: "string" },
  "tbx-version": { type: "string" },
  gold: { type: "string" },
  texts: { type: "string" },
  kk: { type: "string" },
  ru: { type: "string" },
  en: { type: "string" },
  domain: { type: "string", multiple: true },
  limit: { type: "string" },
  min: { type: "string" },
  file: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>["values"];

const COMMANDS: Record<string, (ctx: CliContext, values: Values) => number> = {
  check: (ctx, v) => runCheck(ctx, { strict: v.strict ?? false, json: v.json ?? false }),
  new: (ctx, v) => runNew(ctx, { kk: v.kk, ru: v.ru, en: v.en, domain: v.domain }),
  export: (ctx, v) => runExport(ctx, { format: v.format, tbxVersion: v["tbx-version"] }),
  schema: (ctx) => runSchema(ctx),
  coverage: (ctx, v) => runCoverage(ctx, { gold: v.gold, texts: v.texts }),
  candidates: (ctx, v) => runCandidates(ctx, { min: v.min, limit: v.limit, file: v.file }),
};

function main(argv: string[]): number {
  const read = readCommandLine(argv, OPTIONS, (ctx) => ctx.t("usage"));
  if (typeof read === "number") return read;
  const { ctx, values, positionals } = read;
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === "help") {
    ctx.out(ctx.t("usage"));
    return command === undefined && !values.help ? 2 : 0;
  }
  const run = COMMANDS[command];
  if (!run || rest.length > 0) {
    ctx.err(ctx.t(run ? "unexpectedArgument" : "unknownCommand", { command, argument: rest.join(" ") }));
    ctx.err(ctx.t("usage"));
    return 2;
  }
  try {
    return run(ctx, values);
  } catch (error) {
    return exitCodeOf(ctx, error);
  }
}

// `… | head` closes the pipe early: that is the reader being done, not a failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = main(process.argv.slice(2));
