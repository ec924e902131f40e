// An editor's input for `article new`: one language's text, either plain (paragraphs separated
// by blank lines, the title on the first line unless given apart) or an article file already
// with front matter. It becomes a version of the article with the lines of the input file, so
// problems point into what the editor wrote; the options given for the whole article (date,
// source, address) fill the front matter but never overwrite what a file already says.
import { articleMetaSchema, type ArticleMeta } from "@/lib/articles/schema";
import { parseArticleVersion, splitParagraphs, type ArticleVersion, type Paragraph } from "@/lib/articles/parse";
import type { Lang } from "@/lib/glossary/schema";
import { makeProblem, type Problem } from "@/lib/problems";
import { stringify } from "yaml";

/** Folder names under articles/: kebab-case ASCII, as the site's addresses use them. */
export const ARTICLE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 80;
export const isArticleSlug = (slug: string): boolean => slug.length <= MAX_SLUG_LENGTH && ARTICLE_SLUG.test(slug);

/** Front matter fields that options may give, with the option's name. */
export const META_OPTIONS = { date: "--date", source: "--source", sourceUrl: "--url" } as const;
export type MetaOptions = Partial<Record<keyof typeof META_OPTIONS, string>>;

export interface ArticleInput {
  lang: Lang;
  /** The input file as shown in problems. */
  file: string;
  /** Its text, decoded. */
  source: string;
  /** The title given on the command line (--title-kk …), if any. */
  title?: string;
}

export interface InputResult {
  version?: ArticleVersion;
  problems: Problem[];
  /** The line after the last paragraph, where a missing paragraph would go. */
  endLine: number;
}

/** Whether the text opens with front matter (a first line of ---), as the article files do. */
export const hasFrontMatter = (source: string): boolean => /^---\r?\n/.test(source);

/** A byte-order mark is an encoding's signature, not text: without this a file saved by Notepad would not open with ---. */
const withoutBom = (source: string) => (source.startsWith("\uFEFF") ? source.slice(1) : source);

/** The 1-based line of a top-level front matter field, for problems about it. */
function fieldLine(source: string, field: string): number {
  const index = source.split("\n").findIndex((line) => line.startsWith(`${field}:`));
  return index < 0 ? 1 : index + 1;
}

/** The paragraphs of an input's body, for commands that only need its text (candidates). */
export function inputParagraphs(file: string, source: string): { paragraphs: Paragraph[]; problems: Problem[] } {
  const text = withoutBom(source);
  if (!hasFrontMatter(text)) return { paragraphs: splitParagraphs(text, 1), problems: [] };
  const result = parseArticleVersion("kk", file, text);
  return { paragraphs: result.version?.paragraphs ?? [], problems: result.problems };
}

export function readArticleInput(input: ArticleInput, metaOptions: MetaOptions): InputResult {
  const source = withoutBom(input.source);
  const options = Object.fromEntries(Object.entries(metaOptions).filter(([, value]) => value !== undefined)) as MetaOptions;
  const option = `--title-${input.lang}`;
  if (hasFrontMatter(source)) {
    const parsed = parseArticleVersion(input.lang, input.file, source);
    const version = parsed.version;
    if (!version) return parsed;
    const given: Partial<ArticleMeta> = { ...options, ...(input.title !== undefined ? { title: input.title } : {}) };
    const problems: Problem[] = [];
    for (const [field, value] of Object.entries(given) as [keyof ArticleMeta, string][]) {
      const written = version.meta[field];
      if (written === undefined || written === value) continue;
      // Two values for one field: which one the editor meant is theirs to say.
      problems.push(
        makeProblem({
          file: input.file, line: fieldLine(source, field), column: 1, field, code: "articleInputConflict",
          params: { option: field === "title" ? option : META_OPTIONS[field], value: written, optionValue: value },
        }),
      );
    }
    if (problems.length > 0) return { problems, endLine: parsed.endLine };
    return { version: { ...version, meta: articleMetaSchema.parse({ ...given, ...version.meta }) }, problems, endLine: parsed.endLine };
  }

  let paragraphs = splitParagraphs(source, 1);
  const last = paragraphs[paragraphs.length - 1];
  const endLine = last ? last.line + last.text.split("\n").length : 1;
  let title = input.title;
  if (title === undefined) {
    const first = paragraphs[0];
    // A heading is one line; a first paragraph of several lines is text, and taking it as the title would lose it.
    if (!first || first.text.includes("\n")) {
      return { problems: [makeProblem({ file: input.file, line: first?.line ?? 1, column: 1, field: "title", code: "articleInputNoTitle", params: { option } })], endLine };
    }
    title = first.text.trim();
    paragraphs = paragraphs.slice(1).map((p, index) => ({ ...p, index }));
  }
  if (paragraphs.length === 0) {
    return { problems: [makeProblem({ file: input.file, line: endLine, column: 1, field: "", code: "noParagraphs" })], endLine };
  }
  const meta = articleMetaSchema.safeParse({ title, ...options });
  if (!meta.success) {
    // The options were checked before; only a title of nothing but spaces gets here.
    return { problems: [makeProblem({ file: input.file, line: 1, column: 1, field: "title", code: "emptyText" })], endLine };
  }
  return { version: { lang: input.lang, file: input.file, meta: meta.data, paragraphs }, problems: [], endLine };
}

/** The article file for a version: front matter in the fields' usual order, then the paragraphs as written. */
export function renderArticleFile(meta: ArticleMeta, paragraphs: readonly Paragraph[]): string {
  const fields = (["title", "date", "source", "sourceUrl"] as const).flatMap((field) => {
    const value = meta[field];
    return value === undefined ? [] : [stringify({ [field]: value }, { lineWidth: 0 })];
  });
  return `---\n${fields.join("")}---\n${paragraphs.map((p) => p.text).join("\n\n")}\n`;
}
