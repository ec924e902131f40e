// An article's Kazakh text in the Latin alphabet and its Russian and English translations, each
// paragraph as HTML with its terms marked (linking to the entries in the interface language),
// which the article page loads only when the reader asks for one of them.
import { contentCacheHeaders } from "@/server/cache-headers";
import { articleTexts } from "@/lib/reader/article-view";
import { articleFileView } from "@/server/article-view";

// Made on request, not at build time: a corpus of thousands of articles would otherwise write
// this file for every interface language and article (server/cache-headers.ts says why).
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const found = await articleFileView(params);
  return found instanceof Response ? found : Response.json(articleTexts(found.view, found.locale), { headers: contentCacheHeaders() });
}
