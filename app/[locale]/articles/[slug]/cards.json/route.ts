// The cards of an article's entries (exactly those that occur in it, in any of its languages),
// which the article page loads once it is running: its term tooltips and pinned cards show
// them. Static, like the page. The same for every interface language; it sits under each one
// beside the page's text.json.
import { articleFileView } from "@/server/article-view";
import { articleStaticParams } from "@/server/content";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return articleStaticParams();
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const found = await articleFileView(params);
  return found instanceof Response ? found : Response.json(found.view.cards);
}
