// What the server keeps between requests: an article's view and its term counts are built once
// per content (production reads the content once per process), and a new glossary or article
// gives new ones. The home page's counts are those of the view.
import { articleTermCounts, getArticleView } from "@/server/article-view";
import { getArticles } from "@/server/content";

const env = process.env as Record<string, string | undefined>;
const nodeEnv = env.NODE_ENV;
afterEach(() => {
  env.NODE_ENV = nodeEnv;
});

describe("the article views kept between requests", () => {
  it("gives the same view again while the content is the same (production)", () => {
    env.NODE_ENV = "production";
    const slug = getArticles()[0]!.slug;
    const first = getArticleView(slug);
    expect(first).toBeDefined();
    expect(getArticleView(slug)).toBe(first);
  });

  it("builds the view again for new content (development reads the files each time)", () => {
    env.NODE_ENV = "development";
    const slug = getArticles()[0]!.slug;
    const first = getArticleView(slug);
    const second = getArticleView(slug);
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
  });

  it("counts an article's terms as its view does", () => {
    env.NODE_ENV = "production";
    for (const article of getArticles()) {
      const counts = articleTermCounts(article);
      expect(articleTermCounts(article)).toBe(counts);
      const view = getArticleView(article.slug)!;
      expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(view.terms.map((t) => [t.id, t.count])));
    }
  });
});
