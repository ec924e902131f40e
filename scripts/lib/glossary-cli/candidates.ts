// `glossary candidates [--min N] [--limit N]`: recurring phrases of the Kazakh articles around
// legal head words that the glossary does not have yet, most frequent first, each with the
// sentence it was first seen in. Suggestions for an editor; nothing is written.
import { buildTermIndex } from "@/lib/annotate";
import { findCandidates } from "@/lib/glossary/candidates";
import { UsageError, type CliContext } from "./context";
import { loadArticlesDir, loadGlossaryDir } from "./load-content";

function positiveInteger(ctx: CliContext, name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(ctx.t("badNumber", { name, value }));
  return number;
}

export function runCandidates(ctx: CliContext, options: { min?: string; limit?: string }): number {
  const minCount = positiveInteger(ctx, "--min", options.min, 2);
  const limit = positiveInteger(ctx, "--limit", options.limit, 50);
  const glossary = loadGlossaryDir(ctx);
  const articles = loadArticlesDir(ctx);
  const texts = articles.articles.map((a) => ({ slug: a.slug, paragraphs: a.kk.paragraphs.map((p) => p.text) }));
  const candidates = findCandidates(texts, glossary.entries, buildTermIndex(glossary.entries, "kk"), { minCount });

  if (candidates.length === 0) {
    ctx.out(ctx.t("candidates.none", { min: minCount }));
    return 0;
  }
  ctx.out(ctx.t("candidates.heading", { count: candidates.length, min: minCount }));
  for (const c of candidates.slice(0, limit)) {
    ctx.out(ctx.t("candidates.line", { count: c.count, phrase: c.phrase, slug: c.slug, example: c.example }));
  }
  return 0;
}
