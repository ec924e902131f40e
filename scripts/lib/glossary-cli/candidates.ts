// `glossary candidates [--file F] [--min N] [--limit N]`: recurring phrases of the Kazakh
// articles (or of one Kazakh text, plain or an article file) around legal head words that the
// glossary does not have yet, most frequent first, each with the sentence it was first seen in.
// Suggestions for an editor; nothing is written. `article new` prints the same for its article.
import { buildTermIndex } from "@/lib/annotate";
import { inputParagraphs } from "@/lib/articles/input";
import { findCandidates, type CandidateText, type TermCandidate } from "@/lib/glossary/candidates";
import type { GlossaryEntry } from "@/lib/glossary/schema";
import { readInputFile } from "../article-cli/read-input";
import { printProblems, UsageError, type CliContext } from "./context";
import { loadArticlesDir, loadGlossaryDir } from "./load-content";

/**
 * Seen once is the default: a glossary grown from its articles already holds what recurs in
 * them, and a new article is one text, where a term is often named once.
 */
export const DEFAULT_MIN = 1;
export const DEFAULT_LIMIT = 50;

function positiveInteger(ctx: CliContext, name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(ctx.t("badNumber", { name, value }));
  return number;
}

export function candidatesOf(texts: readonly CandidateText[], entries: readonly GlossaryEntry[], minCount: number): TermCandidate[] {
  return findCandidates(texts, entries, buildTermIndex(entries, "kk"), { minCount });
}

export function printCandidates(ctx: CliContext, candidates: readonly TermCandidate[], minCount: number, limit: number): void {
  if (candidates.length === 0) {
    ctx.out(ctx.t("candidates.none", { min: minCount }));
    return;
  }
  ctx.out(ctx.t("candidates.heading", { count: candidates.length, min: minCount }));
  for (const c of candidates.slice(0, limit)) {
    ctx.out(ctx.t("candidates.line", { count: c.count, phrase: c.phrase, slug: c.slug, example: c.example }));
  }
  if (candidates.length > limit) ctx.out(ctx.t("candidates.more", { count: candidates.length - limit }));
}

export function runCandidates(ctx: CliContext, options: { min?: string; limit?: string; file?: string }): number {
  const minCount = positiveInteger(ctx, "--min", options.min, DEFAULT_MIN);
  const limit = positiveInteger(ctx, "--limit", options.limit, DEFAULT_LIMIT);
  let texts: CandidateText[];
  if (options.file !== undefined) {
    const input = readInputFile(ctx, options.file);
    const read = input.problem ? { paragraphs: [], problems: [input.problem] } : inputParagraphs(input.path, input.source);
    if (read.problems.length > 0) {
      printProblems(ctx, read.problems, "err");
      return 1;
    }
    texts = [{ slug: input.path, paragraphs: read.paragraphs.map((p) => p.text) }];
  } else {
    texts = loadArticlesDir(ctx).articles.map((a) => ({ slug: a.slug, paragraphs: a.kk.paragraphs.map((p) => p.text) }));
  }
  printCandidates(ctx, candidatesOf(texts, loadGlossaryDir(ctx).entries, minCount), minCount, limit);
  return 0;
}
