// GET /api/search?q=…&domain=…&page=…: the glossary page's as-you-type results, ranked as on
// the page, one page of them with the total. Only the result rows (terms, domains, status),
// never definitions or the whole glossary.
import type { NextRequest } from "next/server";
import type { SearchResponse } from "@/lib/contracts/search-response";
import { pageOf } from "@/lib/paging";
import { readSearchParams, RESULTS_PER_PAGE, toResultRow } from "@/lib/search";
import { searchEntries } from "@/server/search";

export function GET(request: NextRequest): Response {
  const { q, domain, page } = readSearchParams((name) => request.nextUrl.searchParams.get(name));
  const results = searchEntries(q, domain ? { domain } : {});
  const slice = pageOf(results.length, page, RESULTS_PER_PAGE);
  const body: SearchResponse = { total: results.length, page: slice.page, pages: slice.pages, results: results.slice(slice.start, slice.end).map(toResultRow) };
  return Response.json(body);
}
