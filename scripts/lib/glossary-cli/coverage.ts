// `glossary coverage`: for each article, the share of its Kazakh words inside marked glossary
// terms and the terms found with their counts; then the entries that occur in no article.
import { isError } from "@/lib/problems";
import type { CliContext } from "./context";
import { loadArticlesDir, loadGlossaryDir } from "./load-content";
import { coverageOf, unusedEntryIds, type ArticleCoverage } from "./occurrences";

export function runCoverage(ctx: CliContext): number {
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
        ru: share(of("ru")),
        en: share(of("en")),
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
