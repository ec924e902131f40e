// The page links under a long list (the glossary, the articles, a term's concordance): previous,
// the first and last pages and those around the current one, next. Plain links, so paging works
// without JavaScript; the caller builds each page's address, keeping its filters.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { pageNumbers } from "@/lib/paging";
import styles from "./pager.module.css";

export interface PagerProps {
  /** What the pages are of, for the navigation landmark ("Pages of occurrences"). */
  label: string;
  page: number;
  pages: number;
  href: (page: number) => string;
}

export function Pager({ label, page, pages, href }: PagerProps) {
  const t = useTranslations("Pager");
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className={styles.pager}>
      <ul>
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} prefetch={false} rel="prev">
              {t("previous")}
            </Link>
          </li>
        )}
        {pageNumbers(page, pages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              <Link href={href(n)} prefetch={false} aria-label={t("page", { n })} aria-current={n === page ? "page" : undefined}>
                {n}
              </Link>
            </li>
          ),
        )}
        {page < pages && (
          <li>
            <Link href={href(page + 1)} prefetch={false} rel="next">
              {t("next")}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** Longer page parameters are named cut, as the reader sent them. */
const SHOWN_PAGE_CHARS = 20;

/** Says that the page asked for (`asked`, as sent) does not exist and which one is shown instead. */
export function PageMoved({ asked, page, pages, className }: { asked: string; page: number; pages: number; className?: string }) {
  const t = useTranslations("Pager");
  return <p className={className}>{t("moved", { page: asked.slice(0, SHOWN_PAGE_CHARS), shown: page, pages })}</p>;
}
