// An article's heading: the Kazakh title in the reader's script (and the title in the interface
// language when that is not Kazakh and the article has that translation), date and source as the
// text states them, the source named in the interface's language where that version of the
// article names it.
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { localePath } from "@/i18n/navigation";
import { KazakhText } from "@/components/term/kazakh-text";
import type { Article } from "@/lib/articles/parse";
import type { Lang } from "@/lib/glossary/langs";
import styles from "./article-header.module.css";

export function ArticleHeader({ article, locale }: { article: Article; locale: Lang }) {
  const t = useTranslations("Article");
  const format = useFormatter();
  const { date, sourceUrl } = article.kk.meta;
  const translated = locale === "kk" ? undefined : article[locale];
  const source = translated?.meta.source ?? article.kk.meta.source;
  return (
    <header className={styles.header}>
      <p className={styles.back}>
        <Link href={localePath(locale, "/")} prefetch={false}>← {t("back")}</Link>
      </p>
      <KazakhText as="h1" className={styles.title} text={article.kk.meta.title} />
      {translated ? <p className={styles.subtitle} lang={locale}>{translated.meta.title}</p> : null}
      <p className={styles.meta}>
        {date ? <time dateTime={date}>{format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" })}</time> : null}
        {date && source ? " · " : null}
        {source ? (
          sourceUrl ? <a href={sourceUrl}>{t("source", { source })}</a> : <span>{t("source", { source })}</span>
        ) : null}
      </p>
    </header>
  );
}
