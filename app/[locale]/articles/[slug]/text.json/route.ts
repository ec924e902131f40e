// An article's Kazakh text in the Latin alphabet and its Russian and English translations, each
// paragraph as HTML with its terms marked (linking to the entries in the interface language),
// which the article page loads only when the reader asks for one of them. Static, like the page.
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { articleTexts, getArticleView } from "@/server/article-view";
import { articleStaticParams } from "@/server/content";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return articleStaticParams();
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return Response.json({ error: "no such language" }, { status: 404 });
  const view = getArticleView(slug);
  if (!view) return Response.json({ error: "no such article" }, { status: 404 });
  return Response.json(articleTexts(view, locale));
}
