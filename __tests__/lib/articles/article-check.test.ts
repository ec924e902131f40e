// An article being added is checked language by language: a translation that lost a paragraph
// still shows, aligned with the original where it pairs and marked where it does not.
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildTermIndex, tokenize } from "@/lib/annotate";
import { checkArticle } from "@/lib/articles/article-check";
import { loadGlossary } from "@/lib/glossary/load";
import type { Lang } from "@/lib/glossary/langs";

const FIXTURES = path.join(__dirname, "../../fixtures");
const { entries } = loadGlossary(
  ["court", "judge", "supreme-court"].map((id) => ({ path: `glossary/${id}.yaml`, source: readFileSync(path.join(FIXTURES, `glossary/valid/${id}.yaml`), "utf8") })),
);
const indexOf = (lang: Lang) => buildTermIndex(entries, lang);
const front = "---\ntitle: Т\ndate: 2024-03-01\n---\n";
const file = (lang: string, body: string) => ({ path: `articles/news/${lang}.md`, source: `${front}${body}` });

describe("checkArticle", () => {
  it("checks an article without its Russian file: a warning, English aligned, coverage in Kazakh and English", () => {
    const check = checkArticle(
      {
        slug: "news",
        dir: "articles/news",
        files: {
          kk: file("kk", "Жоғарғы сот судьясы баспасөзге сұхбат берді.\n"),
          en: file("en", "A Supreme Court judge gave an interview to the press.\n"),
        },
      },
      entries,
      indexOf,
    );
    expect(check.problems.map((p) => [p.file, p.severity, p.code])).toEqual([["articles/news/ru.md", "warning", "missingTranslation"]]);
    expect(Object.keys(check.alignment)).toEqual(["en"]);
    expect(check.coverage?.map((c) => c.lang)).toEqual(["kk", "en"]);
  });

  it("aligns the paragraphs that pair, shows the one without a translation, and holds the coverage back", () => {
    const check = checkArticle(
      {
        slug: "news",
        dir: "articles/news",
        files: {
          kk: file("kk", "Жоғарғы сот судьясы баспасөзге сұхбат берді.\n\nОл 2024 жылы сот жүйесінің жұмысы туралы ұзақ әңгімеледі.\n\nСоңында ол сұрақтарға жауап берді.\n"),
          ru: file("ru", "Судья Верховного суда дал интервью прессе.\n\nВ конце он ответил на вопросы.\n"),
          en: file("en", "A Supreme Court judge gave an interview to the press.\n\nIn 2024 he spoke at length about the work of the judicial system.\n\nAt the end he answered questions.\n"),
        },
      },
      entries,
      indexOf,
    );
    expect(check.problems.map((p) => `${p.file} ${p.code}`)).toEqual(["articles/news/ru.md paragraphMissing"]);
    expect(check.paragraphs.ru).toHaveLength(2);
    expect(check.alignment.ru!.map((row) => [row.original, row.translation])).toEqual([
      [1, 1],
      [2, null],
      [3, 2],
    ]);
    expect(check.alignment.en!.every((row) => row.original !== null && row.translation !== null && row.withinRatio)).toBe(true);
    expect(check.coverage).toBeUndefined();
  });

  it("gives each language's coverage once the files are in order", () => {
    const body = (kk: string) => ({ kk: file("kk", kk), ru: file("ru", "Судья Верховного суда дал интервью.\n"), en: file("en", "A Supreme Court judge gave an interview.\n") });
    const check = checkArticle({ slug: "news", dir: "articles/news", files: body("Жоғарғы сот судьясы сұхбат берді.\n") }, entries, indexOf);
    expect(check.problems).toEqual([]);
    const kk = check.coverage!.find((c) => c.lang === "kk")!;
    expect(kk.terms.map((t) => t.id).sort()).toEqual(["judge", "supreme-court"]);
    expect(kk.coveredWords).toBe(3);
    expect(kk.words).toBe(tokenize("Жоғарғы сот судьясы сұхбат берді.").length);
  });
});
