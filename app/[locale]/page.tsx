// The home page: the articles, newest first, each with its title in the interface language (the
// Kazakh title when the article has no version in that language yet), its
// date and how many term occurrences its Kazakh text has; searchable by title and filtered by
// source, year and the domains of its terms, 20 to a page, so the page stays small however many
// articles there are.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleFilters } from "@/components/home/article-filters";
import { ArticleList } from "@/components/home/article-list";
import fields from "@/components/forms/form-fields.module.css";
import { PageMoved, Pager } from "@/components/layout/pager";
import { localePath } from "@/i18n/navigation";
import { articleListHref, listArticles, readArticleFilters, titleFor, type ArticleSummary } from "@/lib/articles/list";
import { versionIn } from "@/lib/articles/parse";
import { DOMAINS, type Domain, type Lang } from "@/lib/glossary/schema";
import { articleTermCounts } from "@/server/article-view";
import { getArticles, getEntry } from "@/server/content";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function summaries(locale: Lang): ArticleSummary[] {
  return getArticles().map((article) => {
    const counts = articleTermCounts(article);
    const domains = new Set<Domain>([...counts.keys()].flatMap((id) => getEntry(id)?.domains ?? []));
    return {
      slug: article.slug,
      // A translation's title only where the article has that translation.
      titles: { kk: article.kk.meta.title, ru: article.ru?.meta.title, en: article.en?.meta.title },
      date: article.kk.meta.date,
      source: versionIn(article, locale)?.meta.source ?? article.kk.meta.source,
      domains: [...domains],
      terms: [...counts.values()].reduce((sum, count) => sum + count, 0),
    };
  });
}

export default async function HomePage({ searchParams }: Props) {
  const t = await getTranslations("Home");
  const glossary = await getTranslations("Glossary");
  const locale = (await getLocale()) as Lang;
  const all = await searchParams;
  const asked = readArticleFilters((name) => all[name]);
  const list = listArticles(summaries(locale), asked, new Intl.Collator(locale), DOMAINS);
  const path = localePath(locale, "/");
  const filtered = Boolean(asked.q || asked.source || asked.year || asked.domain);
  const link = { q: asked.q, source: asked.source, year: asked.year, domain: asked.domain };
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <h2>{t("listTitle")}</h2>
      <ArticleFilters filters={asked} sources={list.sources} years={list.years} domains={list.domains} domainLabel={(d) => ((DOMAINS as readonly string[]).includes(d) ? glossary(`domains.${d as Domain}`) : d)} />
      <p className={fields.status} role="status">
        {filtered ? t("countFiltered", { count: list.total, all: list.all }) : t("count", { count: list.total })}
      </p>
      {list.moved && list.total > 0 && <PageMoved asked={asked.pageText} page={list.page} pages={list.pages} className={fields.status} />}
      {filtered && list.total === 0 && (
        <p>
          <Link href={path} prefetch={false}>
            {t("clear")}
          </Link>
        </p>
      )}
      <ArticleList items={list.items.map((a) => ({ slug: a.slug, ...titleFor(a.titles, locale), date: a.date, terms: a.terms }))} />
      <Pager label={t("pages")} page={list.page} pages={list.pages} href={(n) => articleListHref(path, { ...link, page: n })} />
    </>
  );
}
