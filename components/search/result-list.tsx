"use client";
// The glossary's result rows: the Kazakh term linking to its entry, the Russian and English
// equivalents, domains, review status and (when searching) how the row matched. The Kazakh term
// is in the reader's script.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { localePath } from "@/i18n/navigation";
import { kazakhLangTag, showKazakhIn, useKazakhScript } from "@/components/term/kazakh-script";
import type { ResultRow } from "@/lib/search/result-row";
import styles from "./search.module.css";

const KIND_KEYS = { exact: "matchExact", prefix: "matchPrefix", inflected: "matchInflected", near: "matchNear" } as const;

export function ResultList({ rows }: { rows: readonly ResultRow[] }) {
  const t = useTranslations("Glossary");
  const term = useTranslations("Term");
  const locale = useLocale();
  const script = useKazakhScript();
  const show = showKazakhIn(script);
  return (
    <ol className={styles.results} aria-label={t("resultsLabel")}>
      {rows.map((row) => (
        <li key={row.id} className={styles.result}>
          <Link href={localePath(locale, `/glossary/${row.id}`)} lang={kazakhLangTag(script)} className={styles.kk}>
            {show(row.kk)}
          </Link>
          <span className={styles.equivalents}>
            <span lang="ru">{row.ru}</span>
            <span aria-hidden="true"> · </span>
            <span lang="en">{row.en}</span>
          </span>
          <span className={styles.meta}>
            {row.domains.map((d) => t(`domains.${d}`)).join(", ")}
            {" · "}
            {term(row.status)}
            {row.kind !== "browse" && (
              <>
                {" · "}
                {t(KIND_KEYS[row.kind])}
                {row.kind !== "exact" && row.matched !== row.kk && <> ({t("matched", { form: row.matched })})</>}
              </>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
