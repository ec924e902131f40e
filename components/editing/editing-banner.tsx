// The line at the top of every editing page: what editing mode does, and where the changes are.
import { getLocale, getTranslations } from "next-intl/server";
import styles from "./editing.module.css";

export async function EditingBanner() {
  const t = await getTranslations("Editing");
  const locale = await getLocale();
  return (
    <p className={styles.banner}>
      {t("banner")} <a href={`/${locale}/glossary/changes`}>{t("changesLink")}</a> · <a href={`/${locale}/glossary/new`}>{t("newLink")}</a>
    </p>
  );
}
