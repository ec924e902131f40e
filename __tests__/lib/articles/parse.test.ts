import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArticleFiles, parseArticleVersion, splitParagraphs, translationsOf } from "@/lib/articles/parse";
import { LANGS, type Lang } from "@/lib/glossary/schema";
import { formatProblem } from "@/lib/problem-messages";
import { cliTranslate } from "@/lib/cli-i18n";

const FIXTURES = path.join(__dirname, "../../fixtures/articles");

function sources(fixture: string) {
  const files: Partial<Record<Lang, { path: string; source: string }>> = {};
  for (const lang of LANGS) {
    files[lang] = {
      path: `articles/short-news/${lang}.md`,
      source: readFileSync(path.join(FIXTURES, fixture, "short-news", `${lang}.md`), "utf8"),
    };
  }
  return files;
}

describe("parseArticleFiles", () => {
  it("reads front matter and aligned paragraphs in the three languages", () => {
    const { article, problems } = parseArticleFiles("short-news", sources("valid"));
    expect(problems).toEqual([]);
    expect(article?.kk.meta).toEqual({ title: "Сот туралы қысқа хабар", date: "2024-03-01" });
    expect(article?.ru?.paragraphs.map((p) => [p.index, p.line, p.text])).toEqual([
      [0, 5, "Судья Верховного суда дал интервью прессе."],
      [1, 7, "Он рассказал о работе судебной системы."],
    ]);
    expect(article?.en?.meta.title).toBe("A short news item about a court");
  });

  it("reports a translation with a surplus paragraph at that paragraph, with both counts", () => {
    const { article, problems } = parseArticleFiles("short-news", sources("misaligned"));
    expect(article).toBeUndefined();
    expect(problems.map((p) => formatProblem(p, cliTranslate("en")))).toEqual([
      "articles/short-news/ru.md:10:1  error  -  3 paragraphs but articles/short-news/kk.md has 2: paragraph 3 has no counterpart in the original",
    ]);
    expect(problems[0]?.params).toEqual({ count: 3, expected: 2, other: "articles/short-news/kk.md", paragraph: 3 });
  });

  it("reports a translation with a missing last paragraph after its last one", () => {
    const files = sources("valid");
    files.en = { path: "articles/short-news/en.md", source: "---\ntitle: Short\n---\nA judge of the Supreme Court gave an interview to the press.\n" };
    const { problems } = parseArticleFiles("short-news", files);
    expect(problems.map((p) => [p.file, p.line, p.code, p.params])).toEqual([
      ["articles/short-news/en.md", 5, "paragraphMissing", { count: 1, expected: 2, other: "articles/short-news/kk.md", missing: 2, otherLine: 7 }],
    ]);
  });

  it("loads an article without its Russian file, warning of it by folder and file", () => {
    const files = sources("valid");
    delete files.ru;
    const { article, problems } = parseArticleFiles("short-news", files);
    expect(article?.kk.paragraphs).toHaveLength(2);
    expect(article?.en?.meta.title).toBe("A short news item about a court");
    expect(article && "ru" in article).toBe(false);
    expect(article && translationsOf(article)).toEqual(["en"]);
    expect(problems.map((p) => [p.file, p.line, p.severity, p.code, p.params])).toEqual([
      ["articles/short-news/ru.md", 1, "warning", "missingTranslation", { lang: "ru", file: "ru.md", folder: "articles/short-news" }],
    ]);
    expect(problems.map((p) => formatProblem(p, cliTranslate("en")))).toEqual([
      "articles/short-news/ru.md:1:1  warning  -  no Russian translation yet: articles/short-news has no ru.md; the article is shown without it",
    ]);
    expect(problems.map((p) => formatProblem(p, cliTranslate("ru")))[0]).toContain("пока нет русского перевода: в articles/short-news нет файла ru.md");
  });

  it("loads an article with its Kazakh text alone, warning of each translation", () => {
    const files = sources("valid");
    delete files.ru;
    delete files.en;
    const { article, problems } = parseArticleFiles("short-news", files);
    expect(article && translationsOf(article)).toEqual([]);
    expect(problems.map((p) => [p.file, p.severity, p.code])).toEqual([
      ["articles/short-news/ru.md", "warning", "missingTranslation"],
      ["articles/short-news/en.md", "warning", "missingTranslation"],
    ]);
  });

  it("aligns only the translations present: a misaligned one is reported though the other is missing", () => {
    const files = sources("misaligned");
    delete files.en;
    const { article, problems } = parseArticleFiles("short-news", files);
    expect(article).toBeUndefined();
    expect(problems.map((p) => [p.file, p.severity, p.code])).toEqual([
      ["articles/short-news/en.md", "warning", "missingTranslation"],
      ["articles/short-news/ru.md", "error", "paragraphSurplus"],
    ]);
  });

  it("refuses an article without its Kazakh file: an error at the file, line 1", () => {
    const files = sources("valid");
    delete files.kk;
    const { article, problems } = parseArticleFiles("short-news", files);
    expect(article).toBeUndefined();
    expect(problems.map((p) => formatProblem(p, cliTranslate("en")))).toEqual([
      "articles/short-news/kk.md:1:1  error  -  the Kazakh version of the article is missing",
    ]);
  });
});

describe("parseArticleVersion", () => {
  it("requires a title and names the line of the front matter", () => {
    const { problems } = parseArticleVersion("kk", "a/kk.md", "---\ndate: 2024-03-01\n---\nМәтін.\n");
    expect(problems.map((p) => formatProblem(p, cliTranslate("en")))).toEqual(["a/kk.md:2:1  error  title  required field “title” is missing"]);
  });

  it("rejects a date not written yyyy-mm-dd and a source address that is not a web address", () => {
    const { problems } = parseArticleVersion("kk", "a/kk.md", "---\ntitle: Т\ndate: 12.04.2016\nsourceUrl: kaznews\n---\nМәтін.\n");
    expect(problems.map((p) => [p.line, p.field, p.code])).toEqual([
      [3, "date", "dateFormat"],
      [4, "sourceUrl", "urlFormat"],
    ]);
  });

  it("keeps a date as the text written, not as a time stamp", () => {
    const { version } = parseArticleVersion("kk", "a/kk.md", "---\ntitle: Т\ndate: 2016-04-12\n---\nМәтін.\n");
    expect(version?.meta.date).toBe("2016-04-12");
  });

  it("reports a misspelt front matter field instead of dropping it", () => {
    const { problems } = parseArticleVersion("kk", "a/kk.md", "---\ntitle: Т\nsorce: ҚазАқпарат\n---\nМәтін.\n");
    expect(problems.map((p) => [p.line, p.field, p.code])).toEqual([[3, "sorce", "unknownField"]]);
  });

  it("reports front matter that is never closed", () => {
    const { problems } = parseArticleVersion("kk", "a/kk.md", "---\ntitle: Т\nМәтін.\n");
    expect(problems.map((p) => [p.line, p.code])).toEqual([[1, "frontMatterUnclosed"]]);
  });
});

describe("splitParagraphs", () => {
  it("splits on blank lines, keeps each paragraph's text exactly and its first line", () => {
    const body = "Бірінші  жол,\nжалғасы.\n\n  \nЕкінші — «абзац».\n";
    expect(splitParagraphs(body, 10)).toEqual([
      { index: 0, text: "Бірінші  жол,\nжалғасы.", line: 10 },
      { index: 1, text: "Екінші — «абзац».", line: 14 },
    ]);
  });
});
