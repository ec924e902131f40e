// The home page: the articles, each with its title in the interface language, its date and how
// many term occurrences its Kazakh text has.
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleList } from "@/components/home/article-list";
import { countTermOccurrences } from "@/server/article-view";
import { getArticles } from "@/server/content";

export default async function HomePage() {
  const t = await getTranslations("Home");
  const locale = await getLocale();
  const items = getArticles().map((article) => ({
    slug: article.slug,
    title: article[locale].meta.title,
    date: article.kk.meta.date,
    terms: countTermOccurrences(article.slug),
  }));
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <h2>{t("listTitle")}</h2>
      <ArticleList items={items} />
    </>
  );
}
