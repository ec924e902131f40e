// `glossary new --kk … --ru … --en … [--domain …]`: writes glossary/<id>.yaml as a draft.
// Refuses, writing nothing, when the id or the Kazakh term is already taken, or when `check`
// would refuse the new entry's names (an inflected «сотының», a Kazakh name in Latin letters, a
// name another entry has): the problems are printed as check prints them.
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { foldName, loadGlossary } from "@/lib/glossary/load";
import { nameProblems } from "@/lib/glossary/name-checks";
import { isError, sortProblems } from "@/lib/problems";
import { deriveId, newEntryYaml } from "@/lib/glossary/new-entry";
import { DOMAINS, LANGS, type Domain, type Lang } from "@/lib/glossary/schema";
import { displayPath, readGlossaryFiles } from "@/server/content/files";
import { parseEntryFile } from "@/lib/glossary/parse";
import { printProblems, UsageError, type CliContext } from "./context";

const isDomain = (value: string): value is Domain => (DOMAINS as readonly string[]).includes(value);

export function runNew(
  ctx: CliContext,
  options: Partial<Record<Lang, string>> & { domain?: string[] },
): number {
  const terms: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const value = options[lang]?.trim();
    if (!value) throw new UsageError(ctx.t("new.missingOption", { name: `--${lang}` }));
    terms[lang] = value;
  }
  const domains = (options.domain ?? ["general-law"]).flatMap((d) => d.split(",")).map((d) => d.trim());
  const badDomain = domains.find((d) => !isDomain(d));
  if (badDomain !== undefined) {
    throw new UsageError(ctx.t("new.badDomain", { domain: badDomain, allowed: DOMAINS.join(", ") }));
  }
  const en = terms.en ?? "";
  const id = deriveId(en);
  if (!id) throw new UsageError(ctx.t("new.noId", { en }));

  // Every file that parses counts, even when the glossary has other errors: a clash is a clash.
  const files = readGlossaryFiles(ctx.glossaryDir);
  const existing = files.map((f) => parseEntryFile(f.path, f.source));
  const file = path.join(ctx.glossaryDir, `${id}.yaml`);
  const sameId = existing.find((p) => p.entry?.id === id);
  if (existsSync(file) || sameId) {
    ctx.err(ctx.t("new.idExists", { id, file: sameId?.file ?? displayPath(file) }));
    return 1;
  }
  const kk = foldName(terms.kk ?? "");
  const sameTerm = existing.find((p) => p.entry && foldName(p.entry.kk.term) === kk);
  if (sameTerm) {
    ctx.err(ctx.t("new.termExists", { term: terms.kk ?? "", file: sameTerm.file }));
    return 1;
  }

  const yaml = newEntryYaml({
    id,
    terms: { kk: terms.kk ?? "", ru: terms.ru ?? "", en },
    domains: domains.filter(isDomain),
  });
  // The glossary as it would be with the new file: its own errors stop it.
  const candidate = { path: displayPath(file), source: yaml };
  const withNew = loadGlossary([...files, candidate]);
  const errors = sortProblems([...withNew.problems, ...nameProblems(withNew)]).filter((p) => p.file === candidate.path && isError(p));
  if (errors.length > 0) {
    printProblems(ctx, errors, "err");
    ctx.err(ctx.t("new.refused", { errors: errors.length }));
    return 1;
  }
  writeFileSync(file, yaml, { encoding: "utf8", flag: "wx" });
  ctx.out(ctx.t("new.created", { file: displayPath(file) }));
  return 0;
}
