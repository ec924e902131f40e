// Pages of a long list (the glossary, the articles, a term's concordance): the page asked for
// in a query parameter, the slice it shows, the page numbers to link. Every value gets an
// answer: a page past the end shows the last page, one that is not a number the first, and
// `moved` says so, so the page can tell the reader which page they got.

/** A page number with more digits is past the end of any list here. */
const MAX_PAGE_DIGITS = 6;

/** The page a parameter asks for: 1 when there is none; null when it is not a page number. */
export function readPage(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return 1;
  return new RegExp(`^\\d{1,${MAX_PAGE_DIGITS}}$`).test(trimmed) ? Number(trimmed) : null;
}

export interface PageSlice {
  /** The page shown (1-based) and the number of pages (at least 1). */
  page: number;
  pages: number;
  /** The shown items' indexes: items.slice(start, end). */
  start: number;
  end: number;
  /** 1-based positions of the page's first and last items; 0 when there are none. */
  first: number;
  last: number;
  /** True when the page asked for does not exist or is not a number, so a nearest one is shown. */
  moved: boolean;
}

export function pageOf(total: number, requested: number | null, per: number): PageSlice {
  const pages = Math.max(1, Math.ceil(total / per));
  const page = requested === null ? 1 : Math.min(Math.max(requested, 1), pages);
  const start = (page - 1) * per;
  const end = Math.min(start + per, total);
  return { page, pages, start, end, first: end > start ? start + 1 : 0, last: end, moved: requested !== page };
}

/**
 * The page numbers to link, with null for a gap: the first and last pages and those within
 * `around` of the current one (1 … 4 5 [6] 7 8 … 20).
 */
export function pageNumbers(page: number, pages: number, around = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= around) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}
