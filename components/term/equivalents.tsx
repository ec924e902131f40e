// A term's Russian and English equivalents on one line, as the tooltip and the pinned card both
// show them right under the Kazakh term (on a phone the card's first screenful holds them).
import { useTranslations } from "next-intl";
import type { TermCard } from "@/lib/marks/term-card";
import styles from "./term.module.css";

export function Equivalents({ card }: { card: TermCard }) {
  const t = useTranslations("Term");
  return (
    <span className={styles.equivalents} data-equivalents="">
      <span><abbr title={t("ru")}>ru</abbr> <span lang="ru">{card.ru.term}</span></span>
      <span><abbr title={t("en")}>en</abbr> <span lang="en">{card.en.term}</span></span>
    </span>
  );
}
