// One page of an entry's aligned concordance, as its query asks (?article=…&form=…&per=…&page=…):
// the filters applied, the counts by article and by Kazakh form beside them, and the page's
// triples only. Every parameter is bounded and any value gets an answer: a page past the end
// shows the last page, one that is not a number the first, a filter matching nothing no triples.
import { pageOf, readPage } from "@/lib/paging";
import { countForms, foldForm, type FormCount, type Triple } from "./aligned";

export { pageNumbers } from "@/lib/paging";

/** Triples a page may show, the reader's choice (?per=…). */
export const PAGE_SIZES = [10, 20, 50] as const;
export const DEFAULT_PAGE_SIZE = 20;
/** Longer filter values cannot be an article's slug or a Kazakh form; cutting keeps the work per request small. */
export const MAX_FILTER_CHARS = 200;

export interface ConcordanceParams {
  /** The page asked for (1 when none); null when the parameter is not a page number. */
  page: number | null;
  /** The page parameter as sent (cut to MAX_FILTER_CHARS), to name it when it is not understood. */
  pageText: string;
  /** An article's slug, or "" for every article. */
  article: string;
  /** A Kazakh form, folded (foldForm), or "" for every form. */
  form: string;
  per: number;
}

type Get = (name: string) => string | string[] | null | undefined;

export function readConcordanceParams(get: Get): ConcordanceParams {
  const first = (name: string) => {
    const value = get(name);
    return ((Array.isArray(value) ? value[0] : value) ?? "").slice(0, MAX_FILTER_CHARS);
  };
  const pageText = first("page").trim();
  const page = readPage(pageText);
  const per = Number(first("per"));
  return {
    page,
    pageText,
    article: first("article").trim(),
    form: foldForm(first("form")),
    per: (PAGE_SIZES as readonly number[]).includes(per) ? per : DEFAULT_PAGE_SIZE,
  };
}

export interface ArticleCount {
  slug: string;
  count: number;
}

export interface ConcordancePage {
  /** This page's triples, and only these. */
  triples: Triple[];
  /** Triples matching the filters. */
  total: number;
  /** Triples of the entry, unfiltered. */
  all: number;
  /** The page shown (1-based) and the number of pages (at least 1). */
  page: number;
  pages: number;
  /** 1-based positions of the page's first and last triples among those matching; 0 when none match. */
  first: number;
  last: number;
  /** True when the page asked for does not exist or is not a number, so a nearest one is shown. */
  moved: boolean;
  /** Every article the term occurs in, in the entry's order, counted under the form filter. */
  articles: ArticleCount[];
  /** The Kazakh forms in the chosen article (or all), most frequent first. */
  forms: FormCount[];
}

export function selectPage(triples: readonly Triple[], params: ConcordanceParams): ConcordancePage {
  const inArticle = (t: Triple) => !params.article || t.slug === params.article;
  const ofForm = (t: Triple) => !params.form || (t.form !== null && foldForm(t.form) === params.form);

  const articles: ArticleCount[] = [];
  for (const triple of triples) {
    let entry = articles.find((a) => a.slug === triple.slug);
    if (!entry) articles.push((entry = { slug: triple.slug, count: 0 }));
    if (ofForm(triple)) entry.count++;
  }
  const forms = countForms(triples.filter(inArticle));
  const matching = triples.filter((t) => inArticle(t) && ofForm(t));

  const slice = pageOf(matching.length, params.page, params.per);
  return {
    triples: matching.slice(slice.start, slice.end),
    total: matching.length,
    all: triples.length,
    page: slice.page,
    pages: slice.pages,
    first: slice.first,
    last: slice.last,
    moved: slice.moved,
    articles,
    forms,
  };
}

export interface ConcordanceLink {
  article?: string;
  form?: string;
  per?: number;
  page?: number;
}

/** The entry page's address for these filters and page, defaults left out, opened at the concordance. */
export function concordanceHref(path: string, link: ConcordanceLink): string {
  const query = new URLSearchParams();
  if (link.article) query.set("article", link.article);
  if (link.form) query.set("form", link.form);
  if (link.per && link.per !== DEFAULT_PAGE_SIZE) query.set("per", String(link.per));
  if (link.page && link.page > 1) query.set("page", String(link.page));
  const search = query.toString();
  return `${path}${search ? `?${search}` : ""}#occurrences`;
}
