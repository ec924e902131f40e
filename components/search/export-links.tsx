// Links to the glossary's downloads (route handlers under app/exports, generated at build time).
import { getTranslations } from "next-intl/server";
import styles from "./search.module.css";

const EXPORTS = [
  { href: "/exports/glossary.tbx", label: "exportTbx" },
  { href: "/exports/glossary.csv", label: "exportCsv" },
  { href: "/exports/glossary.json", label: "exportJson" },
] as const;

export async function ExportLinks() {
  const t = await getTranslations("Glossary");
  return (
    <section className={styles.exports} aria-labelledby="glossary-exports">
      <h2 id="glossary-exports">{t("exports")}</h2>
      <ul>
        {EXPORTS.map(({ href, label }) => (
          <li key={href}>
            <a href={href} download>
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
