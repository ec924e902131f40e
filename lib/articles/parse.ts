// Parses an article's three language files: front matter validated by a zod schema, the body
// split into paragraphs on blank lines (each kept exactly as written), and the translations
// checked to align with the Kazakh original paragraph by paragraph (lib/articles/align.ts).
import matter from "gray-matter";
import { alignmentProblem } from "@/lib/articles/align";
import { articleMetaSchema, type ArticleMeta } from "@/lib/articles/schema";
import { LANGS, type Lang } from "@/lib/glossary/schema";
import { TRANSLATION_LANGS } from "@/lib/languages/codes";
import { schemaProblems } from "@/lib/glossary/schema-problems";
import { parseYamlSource } from "@/lib/glossary/yaml-document";
import { makeProblem, type Problem } from "@/lib/problems";

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

export type Article = { slug: string } & Record<Lang, ArticleVersion>;

export interface ArticleSource {
  path: string;
  source: string;
}

export interface ParsedArticle {
  slug: string;
  /** Present only when all three versions parsed without errors and align. */
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
      problems.push(
        makeProblem({ file: `${dir}/${lang}.md`, line: 1, column: 1, field: "", code: "missingArticleFile", params: { lang } }),
      );
      continue;
    }
    const result = parseArticleVersion(lang, source.path, source.source);
    results[lang] = result;
    problems.push(...result.problems);
  }

  const kk = results.kk?.version;
  if (kk) {
    for (const lang of TRANSLATION_LANGS) {
      const result = results[lang];
      const version = result?.version;
      if (!result || !version) continue;
      const problem = alignmentProblem(kk, version, result.endLine);
      if (problem) problems.push(problem);
    }
  }

  const ru = results.ru?.version;
  const en = results.en?.version;
  if (problems.length > 0 || !kk || !ru || !en) return { slug, problems };
  return { slug, article: { slug, kk, ru, en }, problems };
}
