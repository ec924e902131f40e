// The list of articles on the home page (Kazakh titles in the reader's script).
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { localePath } from "@/i18n/navigation";
import { KazakhText } from "@/components/term/kazakh-text";
import styles from "./article-list.module.css";

export interface ArticleListItem {
  slug: string;
  /** In the interface language. */
  title: string;
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
            {locale === "kk" ? <KazakhText text={item.title} /> : item.title}
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
