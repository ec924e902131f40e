// What the server keeps between requests: an article's view and its term counts are built once
// per content version (production reads the content once per process; development and editing
// mode look at the files on each request, and build again only when one has changed), and a new
// glossary or article gives new ones. The home page's counts are those of the view.
jest.mock("@/server/content/files", () => {
  const actual = jest.requireActual("@/server/content/files");
  return { ...actual, readGlossaryFiles: jest.fn(actual.readGlossaryFiles) };
});

import { articleTermCounts, getArticleView } from "@/server/article-view";
import { getArticles } from "@/server/content";
import { readGlossaryFiles } from "@/server/content/files";

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

  it("keeps the view while the files are as they were, and builds it again when one changes (development)", () => {
    env.NODE_ENV = "development";
    const slug = getArticles()[0]!.slug;
    const first = getArticleView(slug);
    expect(getArticleView(slug)).toBe(first);
    const files = jest.requireActual("@/server/content/files").readGlossaryFiles() as { path: string; source: string }[];
    const edited = files.map((f, i) => (i === 0 ? { ...f, source: `${f.source}# an editor's comment\n` } : f));
    jest.mocked(readGlossaryFiles).mockReturnValue(edited);
    const second = getArticleView(slug);
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    expect(getArticleView(slug)).toBe(second);
    jest.mocked(readGlossaryFiles).mockReset();
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
