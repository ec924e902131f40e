// One language of a glossary entry: its term, variants, definition and note.
import { getTranslations } from "next-intl/server";
import type { Lang, LangBlock } from "@/lib/glossary/schema";
import styles from "./entry.module.css";

export async function LangSection({ lang, block }: { lang: Lang; block: LangBlock }) {
  const t = await getTranslations("Entry");
  const names = await getTranslations("Term");
  const id = `lang-${lang}`;
  return (
    <section aria-labelledby={id} className={styles.lang}>
      <h2 id={id}>{names(lang)}</h2>
      <dl>
        <dt>{t("term")}</dt>
        <dd lang={lang} className={styles.term}>
          {block.term}
        </dd>
        {block.variants.length > 0 && (
          <>
            <dt>{t("variants")}</dt>
            <dd lang={lang}>{block.variants.join(", ")}</dd>
          </>
        )}
        <dt>{t("definition")}</dt>
        {block.definition ? <dd lang={lang}>{block.definition}</dd> : <dd>{t("noDefinition")}</dd>}
        {block.note && (
          <>
            <dt>{t("note")}</dt>
            <dd lang={lang}>{block.note}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
