// The entry's concordance: each occurrence as the sentence around it with the term marked,
// grouped by article, each linking to that paragraph of the article with the term highlighted.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Article } from "@/lib/articles/parse";
import { occurrenceHref, type Occurrence } from "@/lib/concordance/occurrences";
import { isLang } from "@/lib/glossary/schema";
import styles from "./entry.module.css";

interface Props {
  locale: string;
  occurrences: Occurrence[];
  articles: Article[];
}

export async function Concordance({ locale, occurrences, articles }: Props) {
  const t = await getTranslations("Entry");
  const names = await getTranslations("Term");
  const titleLang = isLang(locale) ? locale : "kk";
  const groups = articles
    .map((article) => ({ article, lines: occurrences.filter((o) => o.slug === article.slug) }))
    .filter((g) => g.lines.length > 0);
  return (
    <section id="occurrences" aria-labelledby="occurrences-title" className={styles.concordance}>
      <h2 id="occurrences-title">{t("occurrences")}</h2>
      <p>{t("occurrenceCount", { count: occurrences.length })}</p>
      {groups.map(({ article, lines }) => (
        <section key={article.slug} aria-labelledby={`in-${article.slug}`}>
          <h3 id={`in-${article.slug}`}>{t("inArticle", { title: article[titleLang].meta.title })}</h3>
          <ol className={styles.lines}>
            {lines.map((line, i) => (
              <li key={i}>
                <p lang={line.lang} className={styles.sentence}>
                  {line.before}
                  <mark>{line.match}</mark>
                  {line.after}
                </p>
                <Link href={occurrenceHref(locale, line)} className={styles.where}>
                  {t("occurrenceLink", { lang: names(line.lang), n: line.paragraph })}
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
