// `glossary export --format json|csv|tbx`: the whole glossary on standard output. A glossary
// with errors is not exported: the problems are printed and the exit code is 1.
import { glossaryToCsv } from "@/lib/export/csv";
import { glossaryToJson } from "@/lib/export/json";
import { glossaryToTbx } from "@/lib/export/tbx";
import type { GlossaryEntry } from "@/lib/glossary/schema";
import { isError } from "@/lib/problems";
import { printProblems, UsageError, type CliContext } from "./context";
import { loadGlossaryDir } from "./load-content";

const WRITERS: Record<string, (entries: readonly GlossaryEntry[]) => string> = {
  json: glossaryToJson,
  csv: glossaryToCsv,
  tbx: (entries) => glossaryToTbx(entries),
};

export function runExport(ctx: CliContext, options: { format?: string }): number {
  const format = options.format ?? "json";
  const write = WRITERS[format];
  if (!write) throw new UsageError(ctx.t("export.badFormat", { format, allowed: Object.keys(WRITERS).join(", ") }));
  const { entries, problems } = loadGlossaryDir(ctx);
  const errors = problems.filter(isError);
  if (errors.length > 0) {
    printProblems(ctx, errors, "err");
    ctx.err(ctx.t("export.failed", { errors: errors.length }));
    return 1;
  }
  process.stdout.write(write(entries));
  return 0;
}
