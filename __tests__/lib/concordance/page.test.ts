import type { Triple } from "@/lib/concordance/aligned";
import {
  concordanceHref,
  DEFAULT_PAGE_SIZE,
  MAX_FILTER_CHARS,
  pageNumbers,
  readConcordanceParams,
  selectPage,
  type ConcordanceParams,
} from "@/lib/concordance/page";

const triple = (slug: string, paragraph: number, form: string | null): Triple => ({
  termId: "court",
  slug,
  paragraph,
  form,
  kk: { runs: [{ text: form ?? "…", marked: form !== null }], found: form !== null },
  ru: { runs: [{ text: "суд", marked: true }], found: true },
  en: { runs: [{ text: "court", marked: true }], found: true },
});

// 45 triples: 30 in the first article (сотының ×20, сотында ×10), 15 in the second
// (Сотының ×5, сотқа ×8, two found only in a translation).
const TRIPLES: Triple[] = [
  ...Array.from({ length: 30 }, (_, i) => triple("first", i + 1, i % 3 === 2 ? "сотында" : "сотының")),
  ...Array.from({ length: 15 }, (_, i) => triple("second", i + 1, i < 5 ? "Сотының" : i < 13 ? "сотқа" : null)),
];

const params = (query: Record<string, string | string[]>): ConcordanceParams => readConcordanceParams((name) => query[name]);

describe("readConcordanceParams", () => {
  it("reads the page, the filters and the page size, with defaults for what is missing", () => {
    expect(params({})).toEqual({ page: 1, pageText: "", article: "", form: "", per: DEFAULT_PAGE_SIZE });
    expect(params({ page: "3", article: "first", form: " Сотының ", per: "50" })).toEqual({ page: 3, pageText: "3", article: "first", form: "сотының", per: 50 });
  });

  it("takes the first of repeated parameters", () => {
    expect(params({ page: ["2", "5"] }).page).toBe(2);
  });

  it("marks a page that is not a page number as such, and falls back to the default size for an unknown one", () => {
    for (const page of ["abc", "-1", "1.5", "1e3", "9999999"]) expect([page, params({ page }).page]).toEqual([page, null]);
    expect(params({ per: "1000" }).per).toBe(DEFAULT_PAGE_SIZE);
    expect(params({ per: "x" }).per).toBe(DEFAULT_PAGE_SIZE);
  });

  it("cuts every value to the limit", () => {
    const long = "а".repeat(MAX_FILTER_CHARS * 50);
    const read = params({ page: long, article: long, form: long });
    expect([read.pageText.length, read.article.length, read.form.length]).toEqual([MAX_FILTER_CHARS, MAX_FILTER_CHARS, MAX_FILTER_CHARS]);
  });
});

describe("selectPage", () => {
  it("shows 20 triples at a time, with their positions and the total", () => {
    const view = selectPage(TRIPLES, params({ page: "2" }));
    expect(view.triples).toEqual(TRIPLES.slice(20, 40));
    expect([view.first, view.last, view.total, view.all, view.page, view.pages, view.moved]).toEqual([21, 40, 45, 45, 2, 3, false]);
  });

  it("shows the last page, saying so, for a page past the end, and the first for one that is not a number", () => {
    const past = selectPage(TRIPLES, params({ page: "99" }));
    expect([past.page, past.first, past.last, past.moved]).toEqual([3, 41, 45, true]);
    expect(past.triples).toEqual(TRIPLES.slice(40));
    for (const page of ["0", "abc"]) {
      const view = selectPage(TRIPLES, params({ page }));
      expect([page, view.page, view.first, view.moved]).toEqual([page, 1, 1, true]);
    }
  });

  it("takes the page size asked for", () => {
    const view = selectPage(TRIPLES, params({ per: "10", page: "5" }));
    expect([view.first, view.last, view.pages]).toEqual([41, 45, 5]);
  });

  it("filters by article, counting the forms of that article only", () => {
    const view = selectPage(TRIPLES, params({ article: "second" }));
    expect([view.total, view.all, view.first, view.last]).toEqual([15, 45, 1, 15]);
    expect(view.triples.every((t) => t.slug === "second")).toBe(true);
    expect(view.forms).toEqual([
      { form: "сотқа", count: 8 },
      { form: "сотының", count: 5 },
    ]);
  });

  it("filters by a Kazakh form whatever its case, counting each article's triples of that form", () => {
    const view = selectPage(TRIPLES, params({ form: "СОТЫНЫҢ" }));
    expect(view.total).toBe(25);
    expect(view.triples.every((t) => t.form?.toLowerCase() === "сотының")).toBe(true);
    expect(view.articles).toEqual([
      { slug: "first", count: 20 },
      { slug: "second", count: 5 },
    ]);
    // The form counts are the article's (here every article's), not cut down to the form chosen.
    expect(view.forms.map((f) => [f.form, f.count])).toEqual([
      ["сотының", 25],
      ["сотында", 10],
      ["сотқа", 8],
    ]);
  });

  it("combines both filters", () => {
    expect(selectPage(TRIPLES, params({ article: "first", form: "сотында" })).total).toBe(10);
  });

  it("answers a filter that matches nothing with no triples on a single page", () => {
    const queries: Record<string, string>[] = [{ article: "no-such-article" }, { form: "жоқ" }, { article: "first", form: "сотқа" }, { article: "second", form: "сотында", page: "4" }];
    for (const query of queries) {
      const view = selectPage(TRIPLES, params(query));
      expect([view.triples, view.total, view.first, view.last, view.page, view.pages]).toEqual([[], 0, 0, 0, 1, 1]);
    }
  });

  it("lists every article the term occurs in, in order, with the count of each", () => {
    expect(selectPage(TRIPLES, params({ article: "first" })).articles).toEqual([
      { slug: "first", count: 30 },
      { slug: "second", count: 15 },
    ]);
  });
});

describe("pageNumbers", () => {
  it("lists every page of a short list", () => {
    expect(pageNumbers(2, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(1, 1)).toEqual([1]);
  });

  it("keeps the first, the last and the pages near the current one, with gaps between", () => {
    expect(pageNumbers(6, 20)).toEqual([1, null, 4, 5, 6, 7, 8, null, 20]);
    expect(pageNumbers(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(pageNumbers(20, 20)).toEqual([1, null, 18, 19, 20]);
  });
});

describe("concordanceHref", () => {
  it("leaves the defaults out and opens the page at the concordance", () => {
    expect(concordanceHref("/kk/glossary/court", {})).toBe("/kk/glossary/court#occurrences");
    expect(concordanceHref("/kk/glossary/court", { page: 1, per: DEFAULT_PAGE_SIZE })).toBe("/kk/glossary/court#occurrences");
  });

  it("gives an address whose query reads back as the same filters and page", () => {
    const href = concordanceHref("/en/glossary/court", { article: "first", form: "сотының", per: 10, page: 3 });
    const query = new URL(href, "http://localhost").searchParams;
    expect(params(Object.fromEntries(query))).toEqual({ page: 3, pageText: "3", article: "first", form: "сотының", per: 10 });
  });
});
