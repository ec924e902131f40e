// An article's Kazakh text in the Latin alphabet and its Russian and English translations, each
// paragraph as HTML with its terms marked (linking to the entries in the interface language),
// which the article page loads only when the reader asks for one of them. Static, like the page.
import { articleFileView, articleTexts } from "@/server/article-view";
import { articleStaticParams } from "@/server/content";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return articleStaticParams();
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const found = await articleFileView(params);
  return found instanceof Response ? found : Response.json(articleTexts(found.view, found.locale));
}
