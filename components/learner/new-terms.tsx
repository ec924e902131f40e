"use client";
// How many of an article's terms are new to the reader — neither saved for review nor marked as
// known — said before they start reading: "Terms new to you: 12 of 40". Nothing while the
// browser's data loads or when the browser keeps none (then every term would look new). Inline
// (a <span>), to stand on a line that is there already, so the text below never shifts.
import { useTranslations } from "next-intl";
import { useLearner } from "./use-learner";
import styles from "./learner.module.css";

/** The number of the given (distinct) term ids the reader has neither saved nor marked as known. */
export function countNewTerms(termIds: readonly string[], saved: readonly string[], known: readonly string[]): number {
  const met = new Set([...saved, ...known]);
  return new Set(termIds.filter((id) => !met.has(id))).size;
}

export function NewTerms({ termIds }: { termIds: readonly string[] }) {
  const t = useTranslations("Learner");
  const { status, data } = useLearner();
  const total = new Set(termIds).size;
  if (status !== "ready" || !data || total === 0) return null;
  const fresh = countNewTerms(termIds, data.terms.map((term) => term.termId), data.known);
  return (
    <span className={styles.newTerms} data-new-terms={fresh}>
      {t("newTerms", { count: fresh, total })}
    </span>
  );
}
