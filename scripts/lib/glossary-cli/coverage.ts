// `glossary coverage`: for each article, the share of its Kazakh words inside marked glossary
// terms and the terms found with their counts; then the entries that occur in no article.
// `glossary coverage --gold FILE [--texts DIR]`: scores a gold file instead (the format of
// ../shared/eval/README.md): the share of its occurrences whose term the glossary has, and the
// engine's recall and precision on those, with every occurrence the glossary lacks.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { isError } from "@/lib/problems";
import { scoreSet } from "../eval/run";
import { UsageError, type CliContext } from "./context";
import { loadArticlesDir, loadGlossaryDir } from "./load-content";
import { coverageOf, unusedEntryIds, type ArticleCoverage } from "@/lib/articles/coverage";

export function runCoverage(ctx: CliContext, options: { gold?: string; texts?: string } = {}): number {
  if (options.gold !== undefined) return runGoldCoverage(ctx, options.gold, options.texts);
  const glossary = loadGlossaryDir(ctx);
  const articles = loadArticlesDir(ctx);
  const errors = [...glossary.problems, ...articles.problems].filter(isError).length;
  // Coverage of what does load is still useful; the broken files are `check`'s business.
  if (errors > 0) ctx.err(ctx.t("coverage.hasErrors", { errors }));

  const percent = new Intl.NumberFormat(ctx.lang, { style: "percent", maximumFractionDigits: 1 });
  const share = (c: ArticleCoverage | undefined) => percent.format(c && c.words > 0 ? c.coveredWords / c.words : 0);
  const coverage = coverageOf(glossary.entries, articles.articles);
  const byId = new Map(glossary.entries.map((e) => [e.id, e]));

  for (const article of articles.articles) {
    const of = (lang: string) => coverage.find((c) => c.slug === article.slug && c.lang === lang);
    const kk = of("kk");
    if (!kk) continue;
    const occurrences = [...kk.counts.values()].reduce((a, b) => a + b, 0);
    ctx.out(
      ctx.t("coverage.article", {
        slug: article.slug,
        share: share(kk),
        words: kk.words,
        occurrences,
        terms: kk.counts.size,
        // A translation the article does not have is said to be missing, not covered at 0 %.
        ru: article.ru ? share(of("ru")) : ctx.t("coverage.noTranslation"),
        en: article.en ? share(of("en")) : ctx.t("coverage.noTranslation"),
      }),
    );
    const ranked = [...kk.counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    for (const [id, count] of ranked) {
      ctx.out(ctx.t("coverage.term", { count, term: byId.get(id)?.kk.term ?? id, id }));
    }
  }

  const unused = unusedEntryIds(glossary.entries, coverage);
  ctx.out(unused.length === 0 ? ctx.t("coverage.allUsed") : ctx.t("coverage.unused", { count: unused.length }));
  for (const id of unused) ctx.out(ctx.t("coverage.unusedEntry", { id, term: byId.get(id)?.kk.term ?? id }));
  return 0;
}

function runGoldCoverage(ctx: CliContext, gold: string, textsOption: string | undefined): number {
  const texts = textsOption ?? path.join(path.dirname(gold), "texts");
  if (!existsSync(gold) || !statSync(gold).isFile()) throw new UsageError(ctx.t("coverage.noGold", { file: gold }));
  if (!existsSync(texts) || !statSync(texts).isDirectory()) throw new UsageError(ctx.t("noDirectory", { dir: texts }));
  const glossary = loadGlossaryDir(ctx);
  const errors = glossary.problems.filter(isError).length;
  if (errors > 0) ctx.err(ctx.t("coverage.hasErrors", { errors }));
  let result;
  try {
    result = scoreSet({ name: path.basename(gold), gold, texts, recall: 0, precision: 0 }, glossary.entries);
  } catch (error) {
    // A malformed gold line or a text the gold names that is not there.
    throw new UsageError(ctx.t("coverage.badGold", { file: gold, detail: error instanceof Error ? error.message : String(error) }));
  }
  const { score } = result;
  const decimal = new Intl.NumberFormat(ctx.lang, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const total = score.expected + score.uncovered.length;
  ctx.out(
    ctx.t("coverage.gold", {
      file: gold,
      covered: score.expected,
      total,
      share: decimal.format(result.coverage),
      found: score.found,
      recall: decimal.format(score.recall),
      correct: score.correct,
      judged: score.judged,
      precision: decimal.format(score.precision),
    }),
  );
  // The figures above are at the gold's granularity (a long name the gold never names is scored
  // by the terms inside it); the reader's own spans, longest term only, are scored beside them.
  const { strict } = result;
  ctx.out(ctx.t("coverage.goldStrict", { found: strict.found, expected: strict.expected, recall: decimal.format(strict.recall), correct: strict.correct, judged: strict.judged, precision: decimal.format(strict.precision) }));
  for (const line of score.uncovered) ctx.out(ctx.t("coverage.goldUncovered", { line }));
  return 0;
}
