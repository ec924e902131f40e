// `glossary export --format json|csv|tbx [--tbx-version 3|2]`: the whole glossary on standard
// output. A glossary with errors is not exported: the problems are printed and the exit code
// is 1. TBX carries a context sentence per term, from the articles' concordance.
import { annotate, buildTermIndex, type TermIndex } from "@/lib/annotate";
import { buildConcordance } from "@/lib/concordance/occurrences";
import { contextsFromConcordance } from "@/lib/export/contexts";
import { glossaryToCsv } from "@/lib/export/csv";
import { glossaryToJson } from "@/lib/export/json";
import { glossaryToTbx, TBX_VERSIONS, type TbxVersion } from "@/lib/export/tbx";
import type { GlossaryEntry, Lang } from "@/lib/glossary/schema";
import { isError } from "@/lib/problems";
import { printProblems, UsageError, type CliContext } from "./context";
import { loadArticlesDir, loadGlossaryDir } from "./load-content";

type Writer = (entries: readonly GlossaryEntry[], ctx: CliContext, tbxVersion: TbxVersion) => string;

const WRITERS: Record<string, Writer> = {
  json: (entries) => glossaryToJson(entries),
  csv: (entries) => glossaryToCsv(entries),
  tbx: (entries, ctx, version) => {
    const indexes = new Map<Lang, TermIndex>();
    const indexOf = (lang: Lang) => {
      let index = indexes.get(lang);
      if (!index) indexes.set(lang, (index = buildTermIndex(entries, lang)));
      return index;
    };
    const concordance = buildConcordance(loadArticlesDir(ctx).articles, (text, lang) => annotate(text, indexOf(lang)));
    return glossaryToTbx(entries, { version, contextOf: contextsFromConcordance(concordance, indexOf) });
  },
};

const isTbxVersion = (value: string): value is TbxVersion => (TBX_VERSIONS as readonly string[]).includes(value);

export function runExport(ctx: CliContext, options: { format?: string; tbxVersion?: string }): number {
  const format = options.format ?? "json";
  const write = WRITERS[format];
  if (!write) throw new UsageError(ctx.t("export.badFormat", { format, allowed: Object.keys(WRITERS).join(", ") }));
  const tbxVersion = options.tbxVersion ?? "3";
  if (!isTbxVersion(tbxVersion)) throw new UsageError(ctx.t("export.badTbxVersion", { version: tbxVersion, allowed: TBX_VERSIONS.join(", ") }));
  const { entries, problems } = loadGlossaryDir(ctx);
  const errors = problems.filter(isError);
  if (errors.length > 0) {
    printProblems(ctx, errors, "err");
    ctx.err(ctx.t("export.failed", { errors: errors.length }));
    return 1;
  }
  process.stdout.write(write(entries, ctx, tbxVersion));
  return 0;
}
