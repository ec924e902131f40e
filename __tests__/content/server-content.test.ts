// The server loaders stop the build on broken content, naming file, line and field.
import { readFileSync } from "node:fs";
import path from "node:path";

const FIXTURES = path.join(__dirname, "../fixtures");
const fixture = (relative: string) => readFileSync(path.join(FIXTURES, relative), "utf8");

jest.mock("@/server/content/files", () => ({
  readGlossaryFiles: jest.fn(),
  readArticleSources: jest.fn(),
}));

import { annotate } from "@/lib/annotate";
import { getArticle, getArticles, getEntry, getGlossary, getTermIndex } from "@/server/content";
import { readArticleSources, readGlossaryFiles } from "@/server/content/files";

const validGlossary = () =>
  ["court", "judge", "supreme-court"].map((id) => ({ path: `glossary/${id}.yaml`, source: fixture(`glossary/valid/${id}.yaml`) }));

describe("server content loaders", () => {
  it("return the validated entries and articles", () => {
    jest.mocked(readGlossaryFiles).mockReturnValue(validGlossary());
    jest.mocked(readArticleSources).mockReturnValue([
      {
        slug: "short-news",
        dir: "articles/short-news",
        files: {
          kk: { path: "articles/short-news/kk.md", source: fixture("articles/valid/short-news/kk.md") },
          ru: { path: "articles/short-news/ru.md", source: fixture("articles/valid/short-news/ru.md") },
          en: { path: "articles/short-news/en.md", source: fixture("articles/valid/short-news/en.md") },
        },
      },
    ]);
    expect(getGlossary().map((e) => e.id)).toEqual(["court", "judge", "supreme-court"]);
    expect(getEntry("judge")?.en.term).toBe("judge");
    expect(getEntry("nothing")).toBeUndefined();
    expect(getArticles().map((a) => a.slug)).toEqual(["short-news"]);
    expect(getArticle("short-news")?.kk.paragraphs).toHaveLength(2);
  });

  it("build the engine's term index from the glossary, per language", () => {
    jest.mocked(readGlossaryFiles).mockReturnValue(validGlossary());
    const text = "Жоғарғы Сотының судьясы";
    expect(annotate(text, getTermIndex("kk")).map((s) => [s.termId, s.text])).toEqual([
      ["supreme-court", "Жоғарғы Сотының"],
      ["judge", "судьясы"],
    ]);
    expect(annotate("a judge of the Supreme Court", getTermIndex("en")).map((s) => s.termId)).toEqual(["judge", "supreme-court"]);
  });

  it("throw an error listing every broken field with file and line", () => {
    jest.mocked(readGlossaryFiles).mockReturnValue([
      ...validGlossary().filter((f) => f.path !== "glossary/court.yaml"),
      { path: "glossary/court.yaml", source: fixture("glossary/broken/missing-field.yaml") },
    ]);
    expect(() => getGlossary()).toThrow("glossary/court.yaml:4:1  error  kk.term  required field “term” is missing");
  });

  it("throw on misaligned articles, naming the translation and both counts", () => {
    jest.mocked(readArticleSources).mockReturnValue([
      {
        slug: "short-news",
        dir: "articles/short-news",
        files: {
          kk: { path: "articles/short-news/kk.md", source: fixture("articles/misaligned/short-news/kk.md") },
          ru: { path: "articles/short-news/ru.md", source: fixture("articles/misaligned/short-news/ru.md") },
          en: { path: "articles/short-news/en.md", source: fixture("articles/misaligned/short-news/en.md") },
        },
      },
    ]);
    expect(() => getArticles()).toThrow("articles/short-news/ru.md:10:1  error  -  3 paragraphs but articles/short-news/kk.md has 2");
  });
});
