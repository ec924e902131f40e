"use client";
// The pasted text with its terms marked, and the list of the entries found (each linking to
// its glossary entry). Line breaks of the text are kept as typed.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { AnnotatedText, TermCardsProvider } from "@/components/term";
import { localePath } from "@/i18n/navigation";
import type { Lang } from "@/lib/glossary/langs";
import type { AnnotateResult } from "./state";
import styles from "./annotate.module.css";

export function AnnotateOutput({ lang, result }: { lang: Lang; result: AnnotateResult }) {
  const t = useTranslations("Annotate");
  const locale = useLocale();
  return (
    <section aria-labelledby="annotate-result" className={styles.output}>
      <h2 id="annotate-result">{t("result")}</h2>
      <p role="status">{t("found", { count: result.occurrences, terms: result.terms.length })}</p>
      <TermCardsProvider cards={result.cards}>
        <div lang={lang} className={styles.text} data-annotated="">
          <AnnotatedText segments={result.segments} lang={lang} />
        </div>
      </TermCardsProvider>
      {result.terms.length > 0 && (
        <>
          <h3>{t("termsFound")}</h3>
          <ul className={styles.terms}>
            {result.terms.map((term) => (
              <li key={term.id}>
                <Link href={localePath(locale, `/glossary/${term.id}`)} lang="kk">
                  {term.term}
                </Link>{" "}
                ({term.count})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
