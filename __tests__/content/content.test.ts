// The real glossary/ and articles/ as the site and the command line load them.
import { loadArticles } from "@/lib/articles/load";
import { loadGlossary } from "@/lib/glossary/load";
import { LANGS } from "@/lib/glossary/schema";
import { formatProblem, isError } from "@/lib/problems";
import { readArticleSources, readGlossaryFiles } from "@/server/files";

const glossaryFiles = readGlossaryFiles();
const glossary = loadGlossary(glossaryFiles);
const articleSources = readArticleSources();
const articles = loadArticles(articleSources);

describe("the glossary", () => {
  it("has no errors", () => {
    expect(glossary.problems.filter(isError).map((p) => formatProblem(p))).toEqual([]);
  });

  it("has at least 80 entries, every file loaded", () => {
    expect(glossary.entries.length).toBeGreaterThanOrEqual(80);
    expect(glossary.entries).toHaveLength(glossaryFiles.length);
  });

  it("gives every entry a Kazakh, Russian and English term", () => {
    for (const entry of glossary.entries) {
      for (const lang of LANGS) expect(entry[lang].term.trim()).not.toBe("");
    }
  });

  it("points every entry file at the JSON schema for editors' IDEs", () => {
    const without = glossaryFiles
      .filter((f) => !f.source.startsWith("# yaml-language-server: $schema=./schema.json\n"))
      .map((f) => f.path);
    expect(without).toEqual([]);
  });
});

describe("the articles", () => {
  it("have no errors", () => {
    expect(articles.problems.filter(isError).map((p) => formatProblem(p))).toEqual([]);
  });

  it("are all loaded, each in three languages aligned paragraph by paragraph", () => {
    expect(articleSources.length).toBeGreaterThanOrEqual(2);
    expect(articles.articles.map((a) => a.slug)).toEqual(articleSources.map((s) => s.slug));
    for (const article of articles.articles) {
      const counts = LANGS.map((lang) => article[lang].paragraphs.length);
      expect(counts[0]).toBeGreaterThan(0);
      expect(new Set(counts).size).toBe(1);
      for (const lang of LANGS) expect(article[lang].meta.title).not.toBe("");
    }
  });
});
