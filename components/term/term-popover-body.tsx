// The pinned card of a term: the whole entry in three languages, its status, and links to the
// glossary entry and to the entry's other occurrences.
import Link from "next/link";
import { useClientLocale, useStrings } from "@/components/intl/client-strings";
import { localePath } from "@/i18n/navigation";
import { LANGS } from "@/lib/glossary/langs";
import type { TermCard } from "./term-card";
import styles from "./term.module.css";

export function TermPopoverBody({ card }: { card: TermCard }) {
  const t = useStrings("Term");
  const entry = localePath(useClientLocale(), `/glossary/${card.id}`);
  return (
    <div className={styles.card}>
      <p className={styles.head} lang="kk">{card.kk.term}</p>
      <dl className={styles.langs}>
        {LANGS.map((lang) => (
          <div key={lang}>
            <dt>{t(lang)}</dt>
            <dd lang={lang}>
              <strong>{card[lang].term}</strong>
              {card[lang].variants.length > 0 ? (
                <span className={styles.variants}> ({t("variants")}: {card[lang].variants.join(", ")})</span>
              ) : null}
              <span className={styles.definition}>{card[lang].definition ?? t("noDefinition")}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className={styles.status}>{t("status")}: {t(card.status)}</p>
      <p className={styles.links}>
        <Link href={entry} prefetch={false}>{t("openEntry")}</Link>
        <Link href={`${entry}#occurrences`} prefetch={false}>{t("occurrences")}</Link>
      </p>
    </div>
  );
}
