// An article with one translation (the fixture `articles/no-russian`: kk.md and en.md, no ru.md)
// as the reader, its files and the concordance give it: loaded with a warning, English offered
// and shown, Russian left out everywhere (never an empty text), the cards' Russian sentence left
// empty, the concordance saying the Russian paragraph is absent.
import path from "node:path";
import { annotate, buildTermIndex, type TermIndex } from "@/lib/annotate";
import { coverageOf } from "@/lib/articles/coverage";
import { loadArticles } from "@/lib/articles/load";
import { translationsOf, versionsOf, type Article } from "@/lib/articles/parse";
import { buildAlignedConcordance } from "@/lib/concordance/aligned";
import { buildConcordance, type SpanFinder } from "@/lib/concordance/occurrences";
import { isArticleTexts } from "@/lib/contracts/article-texts";
import { cardsToAnkiCsv } from "@/lib/export/anki";
import { loadGlossary } from "@/lib/glossary/load";
import { LANGS, type Lang } from "@/lib/glossary/schema";
import { articleFlashcards, articleTexts, buildArticleView, paragraphsHtml, type ArticleSpans } from "@/lib/reader/article-view";
import { readArticleSources, readGlossaryFiles } from "@/server/content/files";

const FIXTURES = path.join(__dirname, "../../fixtures");
const { entries } = loadGlossary(readGlossaryFiles(path.join(FIXTURES, "glossary/valid")));
const indexes = Object.fromEntries(LANGS.map((lang) => [lang, buildTermIndex(entries, lang)])) as Record<Lang, TermIndex>;
const findSpans: SpanFinder = (text, lang) => annotate(text, indexes[lang]);
const loaded = loadArticles(readArticleSources(path.join(FIXTURES, "articles/no-russian")));

function theArticle(): Article {
  const article = loaded.articles[0];
  if (!article) throw new Error(`the fixture did not load: ${JSON.stringify(loaded.problems)}`);
  return article;
}

function viewOf(article: Article) {
  const spans: ArticleSpans = { kk: [] };
  for (const { lang, paragraphs } of versionsOf(article)) spans[lang] = paragraphs.map((p) => findSpans(p.text, lang));
  return buildArticleView(article, spans, entries);
}

const byId = new Map(entries.map((e) => [e.id, e]));

describe("an article without its Russian translation", () => {
  it("loads from its folder with one warning naming the missing file", () => {
    expect(loaded.articles.map((a) => a.slug)).toEqual(["short-news"]);
    expect(loaded.problems.map((p) => [p.severity, p.code, p.file])).toEqual([["warning", "missingTranslation", expect.stringMatching(/no-russian\/short-news\/ru\.md$/)]]);
    expect(translationsOf(theArticle())).toEqual(["en"]);
  });

  it("is viewed in Kazakh and English only: no Russian segments or HTML", () => {
    const view = viewOf(theArticle());
    expect(view.paragraphs).toHaveLength(2);
    for (const paragraph of view.paragraphs) expect(Object.keys(paragraph.segments).sort()).toEqual(["en", "kk"]);
    expect(paragraphsHtml(view, "ru", "en")).toBeUndefined();
    expect(paragraphsHtml(view, "en", "en")?.join(" ")).toContain("Supreme Court");
    // The terms of the English text are in the page's cards as well as the Kazakh ones.
    expect(Object.keys(view.cards).sort()).toEqual(["court", "judge", "supreme-court"]);
  });

  it("gives a text.json with the Latin text and English, and no Russian key, that the page's guard accepts", () => {
    const texts = articleTexts(viewOf(theArticle()), "kk");
    expect(Object.keys(texts).sort()).toEqual(["en", "latn", "names"]);
    expect(texts.latn).toHaveLength(2);
    expect(texts.en).toHaveLength(2);
    expect(isArticleTexts(JSON.parse(JSON.stringify(texts)))).toBe(true);
  });

  it("makes flashcards whose Russian sentence is left empty, and whose English one is there", () => {
    const view = viewOf(theArticle());
    const kk = articleFlashcards(view, (id) => byId.get(id), "kk");
    expect(kk.map((c) => c.entry.id).sort()).toEqual(["court", "judge", "supreme-court"]);
    expect(kk.map((c) => c.translation)).toEqual([undefined, undefined, undefined]);
    const csv = cardsToAnkiCsv(kk, { definitionLang: "kk", script: "cyrl", deck: "short" });
    expect(csv).not.toContain('lang="ru"');
    expect(csv).toContain("Жоғарғы сот");

    const en = articleFlashcards(view, (id) => byId.get(id), "en");
    expect(en.filter((c) => c.translation?.lang === "en").map((c) => c.translation?.sentence.term).sort()).toEqual(["Supreme Court", "court", "judge"]);
  });

  it("shows in the concordance the Russian paragraph as absent (null), the English one marked", () => {
    const triples = buildAlignedConcordance([theArticle()], findSpans).get("supreme-court") ?? [];
    expect(triples).toHaveLength(1);
    expect(triples[0]?.ru).toBeNull();
    expect(triples[0]?.kk.runs.filter((r) => r.marked).map((r) => r.text)).toEqual(["Жоғарғы сот"]);
    expect(triples[0]?.en?.runs.filter((r) => r.marked).map((r) => r.text)).toEqual(["Supreme Court"]);
    const lines = buildConcordance([theArticle()], findSpans).get("supreme-court") ?? [];
    expect(lines.map((l) => l.lang).sort()).toEqual(["en", "kk"]);
  });

  it("has coverage in the languages it has, none for Russian", () => {
    expect(coverageOf(entries, [theArticle()]).map((c) => c.lang)).toEqual(["kk", "en"]);
  });
});
