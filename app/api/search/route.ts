// GET /api/search?q=…&domain=…&page=…: the glossary page's as-you-type results, ranked as on
// the page, one page of them with the total. Only the result rows (terms, domains, status),
// never definitions or the whole glossary. The same query gets the same answer until the next
// build, so it may be kept (server/cache-headers.ts).
import type { NextRequest } from "next/server";
import type { SearchResponse } from "@/lib/contracts/search-response";
import { readSearchParams } from "@/lib/search";
import { searchPage } from "@/server/search";
import { contentCacheHeaders } from "@/server/cache-headers";

export function GET(request: NextRequest): Response {
  const { rows, total, slice } = searchPage(readSearchParams((name) => request.nextUrl.searchParams.get(name)));
  const body: SearchResponse = { total, page: slice.page, pages: slice.pages, results: rows };
  return Response.json(body, { headers: contentCacheHeaders() });
}
