// /{locale}/glossary/{id}: one entry in all three languages, its sources and related entries,
// and its concordance (#occurrences), one page of it as the query asks (?article, ?form, ?per,
// ?page): rendered on request, for the entries of the glossary only (any other id is a 404).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { localePath } from "@/i18n/navigation";
import { LANGS } from "@/lib/glossary/schema";
import { getArticles, getEntry, getGlossary } from "@/server/content";
import { readConcordanceParams } from "@/lib/concordance/page";
import { getTriples } from "@/server/concordance";
import { editingEnabled } from "@/server/editing/mode";
import { Concordance } from "./concordance";
import { LangSection } from "./lang-section";
import styles from "./entry.module.css";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  return getGlossary().map((entry) => ({ id: entry.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = getEntry((await params).id);
  if (!entry) return {};
  return { title: `${entry.kk.term} — ${entry.ru.term} — ${entry.en.term}` };
}

export default async function EntryPage({ params, searchParams }: Props) {
  const entry = getEntry((await params).id);
  if (!entry) notFound();
  const locale = await getLocale();
  const t = await getTranslations("Entry");
  const glossary = await getTranslations("Glossary");
  const term = await getTranslations("Term");
  const editing = await getTranslations("Editing");
  const related = entry.related.flatMap((id) => getEntry(id) ?? []);
  const query = await searchParams;

  return (
    <div className={styles.entry}>
      <p>
        <Link href={localePath(locale, "/glossary")}>{t("back")}</Link>
        {editingEnabled() && (
          <>
            {" · "}
            <a href={localePath(locale, `/glossary/${entry.id}/edit`)}>{editing("editLink")}</a>
          </>
        )}
      </p>
      <h1 lang="kk">{entry.kk.term}</h1>
      <dl className={styles.facts}>
        <dt>{t("status")}</dt>
        <dd>{term(entry.status)}</dd>
        <dt>{t("domains")}</dt>
        <dd>{entry.domains.map((d) => glossary(`domains.${d}`)).join(", ")}</dd>
      </dl>
      {LANGS.map((lang) => (
        <LangSection key={lang} lang={lang} block={entry[lang]} />
      ))}
      {entry.sources.length > 0 && (
        <section aria-labelledby="sources">
          <h2 id="sources">{t("sources")}</h2>
          <ul>
            {entry.sources.map((source) => (
              <li key={source}>{source}</li>
            ))}
          </ul>
        </section>
      )}
      {related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related">{t("related")}</h2>
          <ul>
            {related.map((other) => (
              <li key={other.id}>
                <Link href={localePath(locale, `/glossary/${other.id}`)} lang="kk">
                  {other.kk.term}
                </Link>
                {locale !== "kk" && <span lang={locale}> — {other[locale as "ru" | "en"].term}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Concordance
        locale={locale}
        path={localePath(locale, `/glossary/${entry.id}`)}
        triples={getTriples(entry.id)}
        params={readConcordanceParams((name) => query[name])}
        articles={getArticles()}
      />
    </div>
  );
}
