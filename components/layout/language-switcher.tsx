"use client";
// Links to the same page (and the same query: translation, script, highlight) in the other
// interface languages.
import { Suspense } from "react";
import { useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import styles from "./site-header.module.css";

function LanguageLinks({ query }: { query: string }) {
  const t = useTranslations("LanguageSwitcher");
  const pathname = usePathname();
  const current = useLocale();
  return (
    <ul className={styles.languages} aria-label={t("label")}>
      {routing.locales.map((locale) => (
        <li key={locale}>
          <Link
            prefetch={false}
            href={`${pathname}${query ? `?${query}` : ""}`}
            locale={locale}
            lang={locale}
            hrefLang={locale}
            aria-current={locale === current ? "true" : undefined}
            data-locale={locale}
          >
            {t(locale)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function LanguageLinksWithQuery() {
  return <LanguageLinks query={useSearchParams()?.toString() ?? ""} />;
}

export function LanguageSwitcher() {
  return (
    <Suspense fallback={<LanguageLinks query="" />}>
      <LanguageLinksWithQuery />
    </Suspense>
  );
}
