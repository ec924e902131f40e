// Parses an article's language files: front matter validated by a zod schema, the body split
// into paragraphs on blank lines (each kept exactly as written), and the translations checked to
// align with the Kazakh original paragraph by paragraph (lib/articles/align.ts). The Kazakh file
// is required; a translation may be missing at first (a warning): the article is then shown in
// the languages it has.
import matter from "gray-matter";
import { alignmentProblem } from "@/lib/articles/align";
import { articleMetaSchema, type ArticleMeta } from "@/lib/articles/schema";
import { LANGS, type Lang } from "@/lib/glossary/schema";
import { ORIGINAL_LANG, TRANSLATION_LANGS, type TranslationLang } from "@/lib/languages/codes";
import { schemaProblems } from "@/lib/glossary/schema-problems";
import { parseYamlSource } from "@/lib/glossary/yaml-document";
import { isError, makeProblem, type Problem } from "@/lib/problems";

export interface Paragraph {
  /** 0-based position in the article; the same index in kk, ru and en are translations of each other. */
  index: number;
  /** Exactly as written in the file (line breaks inside the paragraph kept). */
  text: string;
  /** 1-based line of the paragraph's first line in the file. */
  line: number;
}

export interface ArticleVersion {
  lang: Lang;
  file: string;
  meta: ArticleMeta;
  paragraphs: Paragraph[];
}

/** An article: always its Kazakh original; each translation only once its file is there. */
export type Article = { slug: string } & Record<typeof ORIGINAL_LANG, ArticleVersion> & Partial<Record<TranslationLang, ArticleVersion>>;

/** The translations the article has, in the content languages' order. */
export const translationsOf = (article: Article): TranslationLang[] => TRANSLATION_LANGS.filter((lang) => article[lang] !== undefined);

/** The languages the article has: the original first, then its translations. */
export const languagesOf = (article: Article): Lang[] => [ORIGINAL_LANG, ...translationsOf(article)];

/** The article's versions: the original first, then the translations it has. */
export const versionsOf = (article: Article): ArticleVersion[] =>
  [article[ORIGINAL_LANG], ...TRANSLATION_LANGS.map((lang) => article[lang])].filter((version): version is ArticleVersion => version !== undefined);

/** The article's version in one language, or undefined when that translation is missing. */
export const versionIn = (article: Article, lang: Lang): ArticleVersion | undefined => article[lang];

export interface ArticleSource {
  path: string;
  source: string;
}

export interface ParsedArticle {
  slug: string;
  /**
   * Present when the Kazakh version and every translation given parsed without errors and align;
   * a missing translation is a warning and leaves the article without it.
   */
  article?: Article;
  problems: Problem[];
}

/** Splits a body into paragraphs on blank lines; `firstLine` is the body's first line in the file. */
export function splitParagraphs(body: string, firstLine: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: string[] = [];
  let startLine = firstLine;
  const lines = body.split("\n");
  const flush = () => {
    if (current.length > 0) paragraphs.push({ index: paragraphs.length, text: current.join("\n"), line: startLine });
    current = [];
  };
  lines.forEach((line, i) => {
    if (line.trim() === "") {
      flush();
    } else {
      if (current.length === 0) startLine = firstLine + i;
      current.push(line.endsWith("\r") ? line.slice(0, -1) : line);
    }
  });
  flush();
  return paragraphs;
}

interface VersionResult {
  version?: ArticleVersion;
  problems: Problem[];
  /** Line just after the last paragraph, where a missing paragraph would go. */
  endLine: number;
}

export function parseArticleVersion(lang: Lang, file: string, source: string): VersionResult {
  const lineCount = source.split("\n").length;
  if (source.startsWith("---") && !/\r?\n---/.test(source.slice(3))) {
    return {
      problems: [makeProblem({ file, line: 1, column: 1, field: "", code: "frontMatterUnclosed" })],
      endLine: lineCount,
    };
  }
  // gray-matter finds the front matter; it is parsed here with `yaml` instead, to keep
  // line numbers and to read dates as the text written (not as Date objects).
  const split = matter(source, { engines: { yaml: () => ({}) } });
  const yaml = parseYamlSource(file, split.matter);
  const bodyStart = source.length - split.content.length;
  const bodyFirstLine = source.slice(0, bodyStart).split("\n").length;
  const paragraphs = splitParagraphs(split.content, bodyFirstLine);
  const last = paragraphs[paragraphs.length - 1];
  const endLine = last ? last.line + last.text.split("\n").length : bodyFirstLine;

  if (yaml.problems.length > 0) return { problems: yaml.problems, endLine };
  const meta = articleMetaSchema.safeParse(yaml.value ?? {});
  const problems = meta.success ? [] : schemaProblems(file, meta.error.issues, { ...yaml, value: yaml.value ?? {} });
  if (paragraphs.length === 0) {
    problems.push(makeProblem({ file, line: bodyFirstLine, column: 1, field: "", code: "noParagraphs" }));
  }
  if (!meta.success || problems.length > 0) return { problems, endLine };
  return { version: { lang, file, meta: meta.data, paragraphs }, problems, endLine };
}

export function parseArticleFiles(slug: string, sources: Partial<Record<Lang, ArticleSource>>, dir = `articles/${slug}`): ParsedArticle {
  const problems: Problem[] = [];
  const results: Partial<Record<Lang, VersionResult>> = {};
  for (const lang of LANGS) {
    const source = sources[lang];
    if (!source) {
      const file = `${dir}/${lang}.md`;
      problems.push(
        lang === ORIGINAL_LANG
          ? makeProblem({ file, line: 1, column: 1, field: "", code: "missingArticleFile", params: { lang } })
          : makeProblem({ file, line: 1, column: 1, field: "", code: "missingTranslation", params: { lang, file: `${lang}.md`, folder: dir }, severity: "warning" }),
      );
      continue;
    }
    const result = parseArticleVersion(lang, source.path, source.source);
    results[lang] = result;
    problems.push(...result.problems);
  }

  // Only the translations present are aligned with the original.
  const kk = results[ORIGINAL_LANG]?.version;
  if (kk) {
    for (const lang of TRANSLATION_LANGS) {
      const result = results[lang];
      const version = result?.version;
      if (!result || !version) continue;
      const problem = alignmentProblem(kk, version, result.endLine);
      if (problem) problems.push(problem);
    }
  }

  // A translation given but broken fails the article, as the original does: nothing written is dropped.
  if (!kk || problems.some(isError)) return { slug, problems };
  const article: Article = { slug, kk };
  for (const lang of TRANSLATION_LANGS) {
    const version = results[lang]?.version;
    if (version) article[lang] = version;
  }
  return { slug, article, problems };
}
