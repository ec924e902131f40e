// The cards of an article's entries (exactly those that occur in it, in any of its languages),
// which the article page loads once it is running: its term tooltips and pinned cards show
// them. The same for every interface language; it sits under each one beside the page's
// text.json.
import { contentCacheHeaders } from "@/server/cache-headers";
import { articleFileView } from "@/server/article-view";

// Made on request, not at build time: a corpus of thousands of articles would otherwise write
// this file for every interface language and article (server/cache-headers.ts says why).
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const found = await articleFileView(params);
  return found instanceof Response ? found : Response.json(found.view.cards, { headers: contentCacheHeaders() });
}
