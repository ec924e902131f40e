// The first thing a keyboard user meets: a jump past the header to the page's content.
import { useTranslations } from "next-intl";
import styles from "./site-header.module.css";

export function SkipLink() {
  const t = useTranslations("Layout");
  return (
    <a href="#main" className={styles.skip}>
      {t("skipToContent")}
    </a>
  );
}
