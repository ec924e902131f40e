// What the tooltip of a term shows: the Kazakh term, its Russian and English equivalents, the
// definition in the interface language and the grammar of the form. Nothing interactive.
import { useClientLocale, useStrings } from "@/components/intl/client-strings";
import { isLang } from "@/lib/glossary/langs";
import type { Analysis } from "@/lib/annotate/types";
import type { Lang } from "@/lib/glossary/langs";
import { Equivalents } from "./equivalents";
import { GrammarLine } from "./grammar-line";
import type { TermCard } from "./term-card";
import styles from "./term.module.css";

export function TermTooltipBody({ card, analysis, lang }: { card: TermCard; analysis?: Analysis; lang: Lang }) {
  const t = useStrings("Term");
  const locale = useClientLocale();
  const definition = card[isLang(locale) ? locale : "kk"].definition;
  return (
    <span className={styles.tipBody}>
      <span className={styles.head} lang="kk">{card.kk.term}</span>
      <Equivalents card={card} />
      <span className={styles.definition}>{definition ?? t("noDefinition")}</span>
      {analysis ? <GrammarLine analysis={analysis} lang={lang} /> : null}
    </span>
  );
}
