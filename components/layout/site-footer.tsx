// The foot of every page: what the site is.
import { useTranslations } from "next-intl";
import styles from "./site-header.module.css";

export function SiteFooter() {
  const t = useTranslations("Layout");
  return (
    <footer className={styles.footer}>
      <p>{t("footer")}</p>
    </footer>
  );
}
