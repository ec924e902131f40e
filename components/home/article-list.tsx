// The list of articles on the home page (Kazakh titles in the reader's script: in the Kazakh
// interface, and wherever an article has no title in the interface's language yet).
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { Lang } from "@/lib/glossary/langs";
import { localePath } from "@/i18n/navigation";
import { KazakhText } from "@/components/term/kazakh-text";
import styles from "./article-list.module.css";

export interface ArticleListItem {
  slug: string;
  /** In the interface language, else in Kazakh. */
  title: string;
  /** The title's language. */
  lang: Lang;
  /** yyyy-mm-dd, only when the article states it. */
  date?: string;
  /** Term occurrences in the Kazakh text. */
  terms: number;
}

export function ArticleList({ items }: { items: ArticleListItem[] }) {
  const t = useTranslations("Home");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item.slug} className={styles.item}>
          <Link href={localePath(locale, `/articles/${item.slug}`)} prefetch={false} className={styles.title}>
            {item.lang === "kk" ? <KazakhText text={item.title} /> : item.lang === locale ? item.title : <span lang={item.lang}>{item.title}</span>}
          </Link>
          <p className={styles.meta}>
            {item.date ? (
              <time dateTime={item.date}>{format.dateTime(new Date(`${item.date}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" })}</time>
            ) : null}
            {item.date ? " · " : null}
            <span data-term-count={item.terms}>{t("terms", { count: item.terms })}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
