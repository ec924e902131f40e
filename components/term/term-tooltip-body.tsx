// What the tooltip of a term shows: the Kazakh term, its Russian and English equivalents, the
// definition in the interface language and the grammar of the form (Kazakh in the reader's script). Nothing interactive.
import { useLocale, useTranslations } from "next-intl";
import { isLang } from "@/lib/glossary/langs";
import type { Analysis } from "@/lib/annotate/types";
import type { Lang } from "@/lib/glossary/langs";
import { Equivalents } from "./equivalents";
import { GrammarLine } from "./grammar-line";
import { useShowIn } from "./kazakh-script";
import type { TermCard } from "@/lib/marks/term-card";
import styles from "./term.module.css";

export function TermTooltipBody({ card, analysis, lang }: { card: TermCard; analysis?: Analysis; lang: Lang }) {
  const t = useTranslations("Term");
  const locale = useLocale();
  const definitionLang = isLang(locale) ? locale : "kk";
  const definition = card[definitionLang].definition;
  const kk = useShowIn("kk");
  const definitionIn = useShowIn(definitionLang);
  return (
    <span className={styles.tipBody}>
      <span className={styles.head} lang={kk.tag}>{kk.show(card.kk.term)}</span>
      <Equivalents card={card} />
      {definition ? (
        <span className={styles.definition} lang={definitionIn.tag}>
          {definitionIn.show(definition)}
        </span>
      ) : (
        <span className={styles.definition}>{t("noDefinition")}</span>
      )}
      {analysis ? <GrammarLine analysis={analysis} lang={lang} /> : null}
    </span>
  );
}
