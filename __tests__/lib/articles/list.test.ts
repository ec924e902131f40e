// The home page's article list over a corpus: newest first, title search in every language and
// script, the filters with their counts, 20 to a page.
import { articleListHref, ARTICLES_PER_PAGE, listArticles, matchesTitle, readArticleFilters, titleFor, type ArticleSummary } from "@/lib/articles/list";
import { DOMAINS } from "@/lib/glossary/schema";

const collator = new Intl.Collator("kk");
const filters = (query: Record<string, string> = {}) => readArticleFilters((name) => query[name]);

const BEIJING = { kk: "Жоғарғы сот төрағасының Бейжіңдегі сапары", ru: "Визит председателя Верховного суда в Пекин", en: "The Supreme Court Chair's visit to Beijing" };

function corpus(n: number): ArticleSummary[] {
  return Array.from({ length: n }, (_, i) => ({
    slug: `a-${String(i).padStart(3, "0")}`,
    titles: i === 7 ? BEIJING : { kk: `Мақала ${i}`, ru: `Статья ${i}`, en: `Article ${i}` },
    date: i % 5 === 0 ? undefined : `20${10 + (i % 9)}-0${1 + (i % 9)}-1${i % 10}`,
    source: i % 2 ? "ҚазАқпарат" : "Жоғарғы сот",
    domains: i % 3 === 0 ? ["courts", "international"] : ["criminal-law"],
    terms: i,
  }));
}

describe("listArticles", () => {
  it("lists the newest first, the undated last, 20 to a page, every article once", () => {
    const all = corpus(45);
    const pages = [1, 2, 3].map((page) => listArticles(all, filters({ page: String(page) }), collator, DOMAINS));
    expect(pages.map((p) => p.items.length)).toEqual([ARTICLES_PER_PAGE, ARTICLES_PER_PAGE, 5]);
    const listed = pages.flatMap((p) => p.items);
    expect(new Set(listed.map((a) => a.slug)).size).toBe(45);
    const dates = listed.map((a) => a.date ?? "");
    const firstUndated = dates.indexOf("");
    expect(dates.slice(0, firstUndated)).toEqual([...dates.slice(0, firstUndated)].sort().reverse());
    expect(dates.slice(firstUndated).every((d) => d === "")).toBe(true);
    expect(pages[0]).toMatchObject({ page: 1, pages: 3, total: 45, all: 45, moved: false });
  });

  it("shows the last page for a page past the end and the first for one that is not a number, and says so", () => {
    expect(listArticles(corpus(45), filters({ page: "9" }), collator, DOMAINS)).toMatchObject({ page: 3, moved: true });
    expect(listArticles(corpus(45), filters({ page: "x" }), collator, DOMAINS)).toMatchObject({ page: 1, moved: true });
  });

  it("filters by source, year and domain, counting each choice over all articles", () => {
    const all = corpus(45);
    const bySource = listArticles(all, filters({ source: "ҚазАқпарат" }), collator, DOMAINS);
    expect(bySource.total).toBe(all.filter((a) => a.source === "ҚазАқпарат").length);
    expect(bySource.sources).toEqual([
      { value: "Жоғарғы сот", count: 23 },
      { value: "ҚазАқпарат", count: 22 },
    ]);
    const byYear = listArticles(all, filters({ year: "2012" }), collator, DOMAINS);
    expect(byYear.total).toBeGreaterThan(0);
    expect(byYear.items.every((a) => a.date?.startsWith("2012"))).toBe(true);
    expect(byYear.years[0]!.value > byYear.years.at(-1)!.value).toBe(true);
    const byDomain = listArticles(all, filters({ domain: "international" }), collator, DOMAINS);
    expect(byDomain.total).toBe(15);
    expect(byDomain.domains.map((d) => d.value)).toEqual(["courts", "criminal-law", "international"]);
    expect(listArticles(all, filters({ source: "nowhere" }), collator, DOMAINS).total).toBe(0);
  });

  it("finds an article by its title in any language, Kazakh also in Latin letters or typed on a Russian keyboard", () => {
    for (const q of ["бейжің", "Бейжиндеги", "Пекин", "beijing", "Beijiñdegi", "zhogargy sot toragasy", "ВЕРХОВНОГО СУДА"]) {
      expect([q, listArticles(corpus(45), filters({ q }), collator, DOMAINS).items.map((a) => a.slug)]).toEqual([q, ["a-007"]]);
    }
    expect(matchesTitle(BEIJING, "Астана")).toBe(false);
    expect(matchesTitle(BEIJING, "")).toBe(true);
  });
});

describe("articleListHref", () => {
  it("keeps the filters and leaves the defaults out", () => {
    expect(articleListHref("/kk", {})).toBe("/kk");
    expect(articleListHref("/kk", { q: "сот", domain: "courts", page: 1 })).toBe("/kk?q=%D1%81%D0%BE%D1%82&domain=courts");
    expect(articleListHref("/ru", { year: "2016", page: 3 })).toBe("/ru?year=2016&page=3");
  });
});

describe("an article without a translation in the list", () => {
  const titles = { kk: BEIJING.kk, en: BEIJING.en };

  it("is titled in the interface language where it can be, else in Kazakh, saying which", () => {
    expect(titleFor(titles, "en")).toEqual({ title: BEIJING.en, lang: "en" });
    expect(titleFor(titles, "ru")).toEqual({ title: BEIJING.kk, lang: "kk" });
    expect(titleFor(titles, "kk")).toEqual({ title: BEIJING.kk, lang: "kk" });
  });

  it("is found by the titles it has", () => {
    expect(matchesTitle(titles, "Beijing")).toBe(true);
    expect(matchesTitle(titles, "Бейжің")).toBe(true);
    expect(matchesTitle(titles, "Пекин")).toBe(false);
  });
});
