// `article new --slug S --kk FILE [--ru FILE] [--en FILE] [--title-kk …] [--date …] [--source …] [--url …]`:
// writes articles/S/kk.md, and ru.md and en.md for the translations given, from the editor's
// texts (plain, or already with front matter), after the same checks the loader makes: the front
// matter, and every translation given lining up with the Kazakh paragraph by paragraph. A
// translation left out is not an error (the reader offers the languages an article has;
// `glossary check` warns of it). Anything wrong is printed with the input file and line and
// nothing is written; an existing folder is never touched. Then it prints the article's term
// coverage and the phrases around legal words the glossary does not have yet.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { alignmentProblem } from "@/lib/articles/align";
import { isArticleSlug, MAX_SLUG_LENGTH, META_OPTIONS, readArticleInput, renderArticleFile, type InputResult, type MetaOptions } from "@/lib/articles/input";
import { parseArticleFiles, translationsOf, type Article } from "@/lib/articles/parse";
import { articleMetaSchema } from "@/lib/articles/schema";
import { LANGS, type Lang } from "@/lib/glossary/schema";
import { ORIGINAL_LANG, TRANSLATION_LANGS } from "@/lib/languages/codes";
import { isError, sortProblems, type Problem } from "@/lib/problems";
import { displayPath } from "@/server/content/files";
import { candidatesOf, DEFAULT_LIMIT, DEFAULT_MIN, printCandidates } from "../glossary-cli/candidates";
import { countErrors, printProblems, UsageError, type CliContext } from "../glossary-cli/context";
import { loadGlossaryDir } from "../glossary-cli/load-content";
import { articleCoverage, termIndexes } from "@/lib/articles/coverage";
import { corpusSpanFinder } from "@/lib/articles/corpus-spans";
import { readInputFile } from "./read-input";

export interface NewArticleOptions {
  slug?: string;
  files: Partial<Record<Lang, string>>;
  titles: Partial<Record<Lang, string>>;
  meta: MetaOptions;
}

/** Refuses, before anything is read, what the command line got wrong: exit code 2. */
function checkOptions(ctx: CliContext, options: NewArticleOptions): string {
  const slug = options.slug;
  if (slug === undefined) throw new UsageError(ctx.t("article.missingSlug"));
  if (!isArticleSlug(slug)) throw new UsageError(ctx.t("article.badSlug", { slug, max: MAX_SLUG_LENGTH }));
  // The Kazakh original is what the reader marks; the translations may follow later.
  if (options.files[ORIGINAL_LANG] === undefined) throw new UsageError(ctx.t("article.missingFiles", { options: `--${ORIGINAL_LANG}` }));
  for (const [field, option] of Object.entries(META_OPTIONS) as [keyof MetaOptions, string][]) {
    const value = options.meta[field];
    if (value !== undefined && !articleMetaSchema.shape[field].safeParse(value).success) {
      throw new UsageError(ctx.t("article.badOption", { option, value, field }));
    }
  }
  for (const lang of LANGS) {
    const title = options.titles[lang];
    if (title !== undefined && title.trim() === "") throw new UsageError(ctx.t("article.badOption", { option: `--title-${lang}`, value: title, field: "title" }));
  }
  return slug;
}

export function runArticleNew(ctx: CliContext, options: NewArticleOptions): number {
  const slug = checkOptions(ctx, options);
  const folder = path.join(ctx.articlesDir, slug);
  if (!existsSync(ctx.articlesDir)) throw new UsageError(ctx.t("noDirectory", { dir: ctx.articlesDir }));
  if (existsSync(folder)) {
    ctx.err(ctx.t("article.exists", { dir: displayPath(folder) }));
    return 1;
  }

  const problems: Problem[] = [];
  const results: Partial<Record<Lang, InputResult>> = {};
  // The languages given, the original first (checkOptions made sure of it).
  const given = LANGS.flatMap((lang) => {
    const file = options.files[lang];
    return file === undefined ? [] : [{ lang, file }];
  });
  for (const { lang, file } of given) {
    const input = readInputFile(ctx, file);
    if (input.problem) {
      problems.push(input.problem);
      continue;
    }
    const result = readArticleInput({ lang, file: input.path, source: input.source, title: options.titles[lang] }, options.meta);
    results[lang] = result;
    problems.push(...result.problems);
  }
  const kk = results.kk?.version;
  if (kk) {
    for (const lang of TRANSLATION_LANGS) {
      const result = results[lang];
      const problem = result?.version && alignmentProblem(kk, result.version, result.endLine);
      if (problem) problems.push(problem);
    }
  }
  if (problems.length > 0) return refuse(ctx, problems);

  // The files as they will be written, read back as the site will read them: a last guard.
  const files: Partial<Record<Lang, { path: string; source: string }>> = {};
  for (const { lang } of given) {
    const version = results[lang]?.version;
    // Every input read and parsed without a problem (else refused above); never written half.
    if (!version) return refuse(ctx, problems);
    files[lang] = { path: displayPath(path.join(folder, `${lang}.md`)), source: renderArticleFile(version.meta, version.paragraphs) };
  }
  const parsed = parseArticleFiles(slug, files, displayPath(folder));
  if (!parsed.article) return refuse(ctx, parsed.problems);

  mkdirSync(folder);
  try {
    for (const [lang, file] of Object.entries(files)) writeFileSync(path.join(folder, `${lang}.md`), file.source, { encoding: "utf8", flag: "wx" });
  } catch (error) {
    // Half an article would break the site's build: take back what was written.
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  const translations = translationsOf(parsed.article);
  const written = translations.length === TRANSLATION_LANGS.length ? "all" : (translations[0] ?? "none");
  ctx.out(ctx.t("article.created", { dir: displayPath(folder), translations: written, paragraphs: parsed.article.kk.paragraphs.length }));
  // A translation left out is said as `check` says it: a warning, written all the same.
  printProblems(ctx, sortProblems(parsed.problems), "err");
  printCoverage(ctx, parsed.article);
  return 0;
}

function refuse(ctx: CliContext, problems: readonly Problem[]): number {
  const sorted = sortProblems(problems);
  printProblems(ctx, sorted, "err");
  ctx.err(ctx.t("article.refused", { errors: sorted.filter(isError).length }));
  return 1;
}

/** The Kazakh text's glossary terms (occurrences, distinct entries, share of words), then the candidates. */
function printCoverage(ctx: CliContext, article: Article): void {
  const glossary = loadGlossaryDir(ctx);
  const errors = countErrors(glossary.problems);
  if (errors > 0) ctx.err(ctx.t("coverage.hasErrors", { errors }));
  const { words, coveredWords, counts } = articleCoverage(article, "kk", corpusSpanFinder(termIndexes(glossary.entries)));
  const percent = new Intl.NumberFormat(ctx.lang, { style: "percent", maximumFractionDigits: 1 });
  const occurrences = [...counts.values()].reduce((a, b) => a + b, 0);
  ctx.out(ctx.t("article.coverage", { occurrences, entries: counts.size, share: percent.format(words > 0 ? coveredWords / words : 0), words }));
  const byId = new Map(glossary.entries.map((e) => [e.id, e]));
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [id, count] of ranked) ctx.out(ctx.t("coverage.term", { count, term: byId.get(id)?.kk.term ?? id, id }));
  const paragraphs = article.kk.paragraphs.map((p) => p.text);
  printCandidates(ctx, candidatesOf([{ slug: article.slug, paragraphs }], glossary.entries, DEFAULT_MIN), DEFAULT_MIN, DEFAULT_LIMIT);
}
