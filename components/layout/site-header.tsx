// The top of every page: the site's name (home), the main navigation and the language switcher.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { localePath } from "@/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";
import { NavLinks } from "./nav-links";
import styles from "./site-header.module.css";

export function SiteHeader() {
  const t = useTranslations("Layout");
  const locale = useLocale();
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href={localePath(locale, "/")} prefetch={false} className={styles.brand}>
          {t("siteName")}
        </Link>
        <NavLinks />
        <LanguageSwitcher />
      </div>
    </header>
  );
}
