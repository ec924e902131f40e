// The pinned card of a term: the Kazakh term, the grammar of the form in the text (a phone shows
// no tooltip, so this is where a tap finds it) and the Russian and English equivalents first, so
// that a phone's sheet shows them without scrolling; then each language's variants and
// definition (Kazakh in the reader's script), the entry's status, and links to the glossary
// entry and its other occurrences.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { localePath } from "@/i18n/navigation";
import type { Analysis } from "@/lib/annotate/types";
import { LANGS, type Lang } from "@/lib/glossary/langs";
import { CardActions } from "@/components/learner/card-actions";
import { Equivalents } from "./equivalents";
import { GrammarLine } from "./grammar-line";
import { showIn, useKazakhScript } from "./kazakh-script";
import type { TermCard } from "@/lib/marks/term-card";
import styles from "./term.module.css";

export function TermPopoverBody({ card, analysis, lang, anchor }: { card: TermCard; analysis?: Analysis; lang: Lang; anchor?: HTMLElement }) {
  const t = useTranslations("Term");
  const entry = localePath(useLocale(), `/glossary/${card.id}`);
  // Kazakh (the heading, its variants and definition) in the reader's script; the others as they are.
  const script = useKazakhScript();
  const shown = (lang: Lang) => showIn(script, lang).show;
  const langTag = (lang: Lang) => showIn(script, lang).tag;
  return (
    <div className={styles.card}>
      <p className={styles.head} lang={langTag("kk")}>{shown("kk")(card.kk.term)}</p>
      {analysis ? <GrammarLine analysis={analysis} lang={lang} /> : null}
      <Equivalents card={card} />
      <CardActions card={card} anchor={anchor} lang={lang} />
      <dl className={styles.langs}>
        {LANGS.map((lang) => (
          <div key={lang}>
            <dt>{t(lang)}</dt>
            <dd lang={langTag(lang)}>
              {card[lang].variants.length > 0 ? (
                <span className={styles.variants}>{t("variants")}: {card[lang].variants.map(shown(lang)).join(", ")}</span>
              ) : null}
              <span className={styles.definition}>{card[lang].definition ? shown(lang)(card[lang].definition) : t("noDefinition")}</span>
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
