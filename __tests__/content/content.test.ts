// The real glossary/ and articles/ as the site and the command line load them.
import { loadArticles } from "@/lib/articles/load";
import { versionsOf } from "@/lib/articles/parse";
import { loadGlossary } from "@/lib/glossary/load";
import { annotate, buildTermIndex, type TermIndex } from "@/lib/annotate";
import { nameProblems } from "@/lib/glossary/name-checks";
import { namesOf } from "@/lib/glossary/names";
import { LANGS, type Lang } from "@/lib/glossary/schema";
import { formatProblem } from "@/lib/problem-messages";
import { cliTranslate } from "@/lib/cli-i18n";
import { isError } from "@/lib/problems";
import { readArticleSources, readGlossaryFiles } from "@/server/content/files";

const glossaryFiles = readGlossaryFiles();
const glossary = loadGlossary(glossaryFiles);
const articleSources = readArticleSources();
const articles = loadArticles(articleSources);

describe("the glossary", () => {
  it("has no errors", () => {
    expect(glossary.problems.filter(isError).map((p) => formatProblem(p, cliTranslate("en")))).toEqual([]);
  });

  it("has no warnings either (what `glossary check --strict` requires)", () => {
    expect(glossary.problems.map((p) => formatProblem(p, cliTranslate("en")))).toEqual([]);
  });

  it("has at least 1,000 entries, every file loaded", () => {
    expect(glossary.entries.length).toBeGreaterThanOrEqual(1000);
    expect(glossary.entries).toHaveLength(glossaryFiles.length);
  });

  it("names the act behind every reviewed entry", () => {
    expect(glossary.entries.filter((e) => e.status === "reviewed" && e.sources.length === 0).map((e) => e.id)).toEqual([]);
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

describe("the glossary's names, read by the engine", () => {
  const indexes = Object.fromEntries(LANGS.map((lang) => [lang, buildTermIndex(glossary.entries, lang)])) as Record<Lang, TermIndex>;

  it("finds every Kazakh term and variant of every entry as itself: one span, of that entry, over the whole name", () => {
    // Names that two entries share on purpose (a case-sensitive Мәжіліс beside мәжіліс) are the
    // loader's business; every other name must come back as its own entry.
    const notItself: string[] = [];
    for (const entry of glossary.entries) {
      for (const name of namesOf(entry.kk)) {
        const spans = annotate(name.text, indexes.kk);
        const first = name.text.search(/[\p{L}\p{N}]/u);
        const last = name.text.length - (name.text.match(/[^\p{L}\p{N}]*$/u)?.[0].length ?? 0);
        const ok = spans.length === 1 && spans[0]!.termId === entry.id && spans[0]!.start === first && spans[0]!.end === last;
        if (!ok) notItself.push(`${entry.id}: «${name.text}» -> ${JSON.stringify(spans.map((s) => [s.text, s.termId]))}`);
      }
    }
    expect(notItself).toEqual([]);
  });

  it("has every name, in every language, in dictionary form and found as itself", () => {
    expect(nameProblems(glossary, indexes).map((p) => formatProblem(p, cliTranslate("en")))).toEqual([]);
  });
});

describe("the articles", () => {
  it("have no errors", () => {
    expect(articles.problems.filter(isError).map((p) => formatProblem(p, cliTranslate("en")))).toEqual([]);
  });

  it("are all loaded, each in three languages aligned paragraph by paragraph", () => {
    expect(articleSources.length).toBeGreaterThanOrEqual(2);
    expect(articles.articles.map((a) => a.slug)).toEqual(articleSources.map((s) => s.slug));
    for (const article of articles.articles) {
      // The project's own articles have every translation (an article may lack one only at first).
      const versions = versionsOf(article);
      expect([article.slug, versions.map((v) => v.lang)]).toEqual([article.slug, [...LANGS]]);
      const counts = versions.map((v) => v.paragraphs.length);
      expect(counts[0]).toBeGreaterThan(0);
      expect(new Set(counts).size).toBe(1);
      for (const version of versions) expect(version.meta.title).not.toBe("");
    }
  });
});
