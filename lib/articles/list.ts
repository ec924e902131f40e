// The home page's list of articles, as a corpus of thousands needs it: newest first, searchable by
// title (in any of the three languages, Kazakh also in Latin letters or typed on a Russian
// keyboard, as the glossary search compares them), filtered by source, year and the domains of
// the terms an article holds, a page at a time. Pure: the page gives each article's summary.
import type { Domain, Lang } from "@/lib/glossary/schema";
import { ORIGINAL_LANG, type TranslationLang } from "@/lib/languages/codes";
import { pageOf, readPage, type PageSlice } from "@/lib/paging";
import { kazakhLatinKey, looseKey, queryKey, searchKey } from "@/lib/search/keys";

export const ARTICLES_PER_PAGE = 20;
/** Longer values cannot be a title, a source or a year; cutting keeps the work per request small. */
export const MAX_ARTICLE_FILTER_CHARS = 200;

/** An article's titles: the Kazakh one always, a translation's only when the article has it. */
export type ArticleTitles = Record<typeof ORIGINAL_LANG, string> & Partial<Record<TranslationLang, string>>;

/** The title to show in an interface language, and its language: that language's, else the Kazakh one. */
export function titleFor(titles: ArticleTitles, lang: Lang): { title: string; lang: Lang } {
  const title = titles[lang];
  return title === undefined ? { title: titles[ORIGINAL_LANG], lang: ORIGINAL_LANG } : { title, lang };
}

export interface ArticleSummary {
  slug: string;
  titles: ArticleTitles;
  /** yyyy-mm-dd, only when the article states it. */
  date?: string;
  /** In the interface language. */
  source?: string;
  /** The domains of the entries whose terms occur in the Kazakh text. */
  domains: readonly Domain[];
  /** Term occurrences in the Kazakh text. */
  terms: number;
}

export interface ArticleFilters {
  q: string;
  source: string;
  year: string;
  domain: string;
  /** The page asked for (1 when none); null when the parameter is not a page number. */
  page: number | null;
  /** The page parameter as sent, to name it when it is not understood. */
  pageText: string;
}

type Get = (name: string) => string | string[] | null | undefined;

export function readArticleFilters(get: Get): ArticleFilters {
  const first = (name: string) => {
    const value = get(name);
    return ((Array.isArray(value) ? value[0] : value) ?? "").slice(0, MAX_ARTICLE_FILTER_CHARS).trim();
  };
  const pageText = first("page");
  return { q: first("q"), source: first("source"), year: first("year"), domain: first("domain"), page: readPage(pageText), pageText };
}

/**
 * The keys a title is matched by, in each script, each also in its looser form: Cyrillic (the
 * Kazakh and Russian titles) as a Russian keyboard types it, Latin (the Kazakh title in the 2021
 * letters, the English title) as romanised in ASCII.
 */
function titleKeys(titles: ArticleTitles): { cyrillic: string[]; latin: string[] } {
  const cyrillic = [searchKey(titles.kk), ...(titles.ru === undefined ? [] : [searchKey(titles.ru)])];
  const latin = [kazakhLatinKey(titles.kk), ...(titles.en === undefined ? [] : [queryKey(titles.en).key])];
  return { cyrillic: cyrillic.map((k) => looseKey(k, "cyrillic")), latin: latin.map((k) => looseKey(k, "latin")) };
}

/** Whether the query occurs in one of the titles, compared loosely (as the glossary search's looser keys). */
export function matchesTitle(titles: ArticleTitles, query: string): boolean {
  const { key, script } = queryKey(query);
  if (key === "") return true;
  const loose = looseKey(key, script);
  return titleKeys(titles)[script].some((k) => k.includes(loose));
}

const yearOf = (date: string | undefined) => date?.slice(0, 4);

/** Newest first; the undated after the dated, each group by slug. */
export function byNewest(a: ArticleSummary, b: ArticleSummary): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

export interface Facet {
  value: string;
  count: number;
}

export interface ArticleListPage extends PageSlice {
  items: ArticleSummary[];
  /** Articles matching the filters, and in all. */
  total: number;
  all: number;
  /** The choices of each filter, counted over all articles: sources by name, years newest first, domains as declared. */
  sources: Facet[];
  years: Facet[];
  domains: Facet[];
}

function facet(values: Iterable<string>): Facet[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count }));
}

export function listArticles(all: readonly ArticleSummary[], filters: ArticleFilters, collator: Intl.Collator, domainOrder: readonly Domain[]): ArticleListPage {
  const matching = all
    .filter(
      (a) =>
        (!filters.source || a.source === filters.source) &&
        (!filters.year || yearOf(a.date) === filters.year) &&
        (!filters.domain || (a.domains as readonly string[]).includes(filters.domain)) &&
        matchesTitle(a.titles, filters.q),
    )
    .sort(byNewest);
  const slice = pageOf(matching.length, filters.page, ARTICLES_PER_PAGE);
  const domainRank = (d: string) => (domainOrder as readonly string[]).indexOf(d);
  return {
    ...slice,
    items: matching.slice(slice.start, slice.end),
    total: matching.length,
    all: all.length,
    sources: facet(all.flatMap((a) => (a.source ? [a.source] : []))).sort((a, b) => collator.compare(a.value, b.value)),
    years: facet(all.flatMap((a) => (a.date ? [yearOf(a.date)!] : []))).sort((a, b) => (a.value < b.value ? 1 : -1)),
    domains: facet(all.flatMap((a) => a.domains)).sort((a, b) => domainRank(a.value) - domainRank(b.value)),
  };
}

export interface ArticleListLink {
  q?: string;
  source?: string;
  year?: string;
  domain?: string;
  page?: number;
}

/** The home page's address for these filters and page, defaults left out. */
export function articleListHref(path: string, link: ArticleListLink): string {
  const query = new URLSearchParams();
  for (const name of ["q", "source", "year", "domain"] as const) if (link[name]) query.set(name, link[name]);
  if (link.page && link.page > 1) query.set("page", String(link.page));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
