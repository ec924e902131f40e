"use client";
// Links to the same page (and the same query: translation, script, highlight) in the other
// interface languages.
import { Suspense } from "react";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { localePath, withoutLocale } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

// Remembered for the next visit to "/", which the proxy sends to this language (next-intl's
// middleware reads the same cookie).
const rememberLocale = (locale: string) => {
  document.cookie = `NEXT_LOCALE=${locale}; path=/; SameSite=Lax`;
};
import styles from "./site-header.module.css";

function LanguageLinks({ query }: { query: string }) {
  const t = useTranslations("LanguageSwitcher");
  const pathname = withoutLocale(usePathname() ?? "/");
  const current = useLocale();
  return (
    <ul className={styles.languages} aria-label={t("label")}>
      {routing.locales.map((locale) => (
        <li key={locale}>
          <Link
            prefetch={false}
            href={`${localePath(locale, pathname)}${query ? `?${query}` : ""}`}
            onClick={() => rememberLocale(locale)}
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
