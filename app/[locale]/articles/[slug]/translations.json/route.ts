// An article's Russian and English paragraphs with their terms marked, which the article page
// loads only when the reader asks for a translation beside the text. Static, like the page.
import { routing } from "@/i18n/routing";
import type { Translations } from "@/components/article/types";
import { getArticleView } from "@/server/article-view";
import { getArticles } from "@/server/content";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => getArticles().map((a) => ({ locale, slug: a.slug })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const view = getArticleView(slug);
  if (!view) return Response.json({ error: "no such article" }, { status: 404 });
  const translations: Translations = {
    ru: view.paragraphs.map((p) => p.segments.ru ?? []),
    en: view.paragraphs.map((p) => p.segments.en ?? []),
  };
  return Response.json(translations);
}
