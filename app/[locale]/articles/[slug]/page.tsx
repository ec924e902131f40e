// An article: the Kazakh text with every glossary term marked, the reading options (translation
// beside it, Latin script, marking off), its terms with counts and its flashcards. Static: the
// view the URL asks for (?with, ?script, ?hl) is applied in the browser.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleContent } from "@/components/article/article-content";
import { versionIn } from "@/lib/articles/parse";
import { getArticleView } from "@/server/article-view";
import { articleStaticParams } from "@/server/content";

// Only the prerendered set exists: any other value is a plain 404 (app/global-not-found.tsx or
// the locale's not-found page), rendered from a prerendered page and never written to the cache.
export const dynamicParams = false;

export function generateStaticParams() {
  return articleStaticParams();
}

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const view = getArticleView(slug);
  if (!view) return {};
  const t = await getTranslations("Metadata");
  const locale = await getLocale();
  // The title in the interface language, or the Kazakh one while that translation is missing.
  return { title: (versionIn(view.article, locale) ?? view.article.kk).meta.title, description: t("articleDescription") };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const view = getArticleView(slug);
  if (!view) notFound();
  const locale = await getLocale();
  const base = `/${locale}/articles/${slug}`;
  return <ArticleContent view={view} flashcardsHref={`${base}/flashcards.csv`} base={base} />;
}
