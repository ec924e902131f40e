// The corpus annotated once per content: the article views, the home page's counts, the
// flashcards and both concordances share one annotation of each paragraph, and a new glossary
// (the articles unchanged) gives fresh results everywhere.
import { articleTermCounts, getArticleView, getFlashcards } from "@/server/article-view";
import { getConcordance, getTriples } from "@/server/concordance";
import { getArticles } from "@/server/content";
import { versionsOf } from "@/lib/articles/parse";
import { corpusAnnotations, perContent } from "@/server/corpus";

const env = process.env as Record<string, string | undefined>;
const nodeEnv = env.NODE_ENV;
afterAll(() => {
  env.NODE_ENV = nodeEnv;
});

describe("the annotated corpus", () => {
  it("annotates each paragraph once per language for every use of one content", () => {
    env.NODE_ENV = "production";
    const articles = getArticles();
    const paragraphs = new Set(articles.flatMap((a) => versionsOf(a).flatMap(({ lang, paragraphs }) => paragraphs.map((p) => `${lang}\u0000${p.text}`)))).size;
    const before = corpusAnnotations();
    for (const article of articles) getArticleView(article.slug);
    expect(corpusAnnotations() - before).toBeLessThanOrEqual(paragraphs);
    // The views annotated every paragraph: the rest find them all annotated.
    const afterViews = corpusAnnotations();
    for (const article of articles) {
      articleTermCounts(article);
      getFlashcards(article.slug, "en");
    }
    getConcordance();
    getTriples("supreme-court");
    expect(corpusAnnotations()).toBe(afterViews);
    const once = corpusAnnotations();
    for (const article of articles) getFlashcards(article.slug, "ru");
    getTriples("court");
    expect(corpusAnnotations()).toBe(once);
  });
});

describe("perContent", () => {
  it("builds again when any of its content changes, the glossary alone included", () => {
    let glossary = {};
    const articles = {};
    let builds = 0;
    const value = perContent(() => ++builds, () => [glossary, articles]);
    expect([value(), value()]).toEqual([1, 1]);
    glossary = {};
    expect(value()).toBe(2);
    expect(value()).toBe(2);
  });
});
