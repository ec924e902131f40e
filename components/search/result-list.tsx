"use client";
// The glossary's result rows: the Kazakh term linking to its entry, the Russian and English
// equivalents, domains, review status and (when searching) how the row matched and why: the
// query's form and the name it was read as, how it was typed, the typos corrected and the
// grammar of the form («сотының = сот + ы (3rd-person possessive) + ның (genitive)»). Kazakh is
// in the reader's script.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { localePath } from "@/i18n/navigation";
import { GrammarLine } from "@/components/term/grammar-line";
import { kazakhLangTag, showKazakhIn, useKazakhScript } from "@/components/term/kazakh-script";
import type { ResultRow } from "@/lib/search/result-row";
import type { MatchWhy } from "@/lib/search/types";
import styles from "./search.module.css";

const KIND_KEYS = { exact: "matchExact", inflected: "matchInflected", prefix: "matchPrefix", word: "matchWord", near: "matchNear" } as const;
const TYPED_KEYS = { keyboard: "typedKeyboard", roman: "typedRoman" } as const;

/** Why a row matched; `shown` are the row's own terms, so a variant that matched is named. */
function Why({ why, shown }: { why: MatchWhy; shown: readonly string[] }) {
  const t = useTranslations("Glossary");
  const script = useKazakhScript();
  const show = why.lang === "kk" ? showKazakhIn(script) : (text: string) => text;
  const tag = why.lang === "kk" ? kazakhLangTag(script) : why.lang;
  const notes = [why.typed && t(TYPED_KEYS[why.typed]), why.edits && t("typos", { count: Math.ceil(why.edits) })].filter(Boolean);
  const grammar = why.analysis && why.analysis.suffixes.length > 0 ? why.analysis : undefined;
  const variant = !why.query && !shown.includes(why.form);
  if (!why.query && !variant && notes.length === 0 && !grammar) return null;
  return (
    <span className={styles.why} data-why="">
      {variant && <span lang={tag}>{t("matched", { form: show(why.form) })}</span>}
      {why.query && why.query !== why.form && (
        <span>
          «<span lang={why.typed ? undefined : tag}>{why.query}</span>» → <span lang={tag}>{show(why.form)}</span>
        </span>
      )}
      {notes.length > 0 && <span> ({notes.join(", ")})</span>}
      {grammar && (
        <>
          {" · "}
          <GrammarLine analysis={grammar} lang={why.lang} />
        </>
      )}
    </span>
  );
}

export function ResultList({ rows }: { rows: readonly ResultRow[] }) {
  const t = useTranslations("Glossary");
  const term = useTranslations("Term");
  const locale = useLocale();
  const script = useKazakhScript();
  const show = showKazakhIn(script);
  return (
    <ol className={styles.results} aria-label={t("resultsLabel")}>
      {rows.map((row) => (
        <li key={row.id} className={styles.result} data-kind={row.kind}>
          <Link href={localePath(locale, `/glossary/${row.id}`)} lang={kazakhLangTag(script)} className={styles.kk}>
            {show(row.kk)}
          </Link>
          <span className={styles.equivalents}>
            <span lang="ru">{row.ru}</span>
            <span aria-hidden="true"> · </span>
            <span lang="en">{row.en}</span>
          </span>
          <span className={styles.meta}>
            {row.domains.map((d) => t(`domains.${d}`)).join(", ")}
            {" · "}
            {term(row.status)}
            {row.kind !== "browse" && (
              <>
                {" · "}
                {t(KIND_KEYS[row.kind])}
              </>
            )}
          </span>
          {row.why && <Why why={row.why} shown={[row.kk, row.ru, row.en]} />}
        </li>
      ))}
    </ol>
  );
}
