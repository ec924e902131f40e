// GET /api/search?q=…&domain=…: the glossary page's as-you-type results, ranked as on the page.
// Only the result rows (terms, domains, status), never definitions or the whole glossary.
import type { NextRequest } from "next/server";
import type { SearchResponse } from "@/lib/contracts/search-response";
import { readSearchParams, toResultRow } from "@/lib/search";
import { searchEntries } from "@/server/search";

const MAX_RESULTS = 50;

export function GET(request: NextRequest): Response {
  const { q, domain } = readSearchParams((name) => request.nextUrl.searchParams.get(name));
  const results = searchEntries(q, domain ? { domain } : {});
  return Response.json({ total: results.length, results: results.slice(0, MAX_RESULTS).map(toResultRow) } satisfies SearchResponse);
}
