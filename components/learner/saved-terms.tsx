"use client";
// The reader's saved terms, soonest review first: the Kazakh term, the form met, where it was met
// and when it comes back, with a "known" toggle and removal (asked once more before it is done).
// A list, not a table, so that a 320 px phone shows it without sideways scrolling. Each item
// carries its term's id and due time as data attributes (the browser tests read them).
import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { LearnerStoreError } from "@/lib/learner/store";
import type { SavedTerm } from "@/lib/learner/types";
import { MetLink } from "./met-link";
import { useFormatIn } from "./review-session";
import { removeTerm, setKnown } from "./use-learner";
import { useShowIn } from "@/components/term/kazakh-script";
import styles from "./review.module.css";

interface ItemProps {
  term: SavedTerm;
  known: boolean;
  now: Date;
  onProblem: (message: string) => void;
  onRemoved: () => void;
}

function SavedTermItem({ term, known, now, onProblem, onRemoved }: ItemProps) {
  const t = useTranslations("Review");
  const formatWhen = useFormatIn();
  const kk = useShowIn("kk");
  const form = useShowIn(term.lang);
  const nameId = useId();
  const [confirming, setConfirming] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);
  const due = new Date(term.schedule.due);
  const failed = (error: unknown) => onProblem(error instanceof LearnerStoreError && error.code === "full" ? t("full") : t("failed"));

  return (
    <li className={styles.saved} data-term-id={term.termId} data-due={term.schedule.due}>
      <p className={styles.savedTerm} id={nameId} lang={kk.tag}>
        {kk.show(term.entry.kk.term)}
      </p>
      <dl className={styles.facts}>
        <div>
          <dt>{t("formMet")}</dt>
          <dd lang={form.tag}>{form.show(term.form)}</dd>
        </div>
        <div>
          <dt>{t("where")}</dt>
          <dd>
            <MetLink term={term} />
          </dd>
        </div>
        <div>
          <dt>{t("nextReview")}</dt>
          <dd>
            <time dateTime={term.schedule.due}>{due.getTime() <= now.getTime() ? t("dueNow") : formatWhen(due, now)}</time>
          </dd>
        </div>
      </dl>
      <div className={styles.itemButtons}>
        <button
          type="button"
          className={styles.toggle}
          aria-pressed={known}
          aria-describedby={nameId}
          onClick={() => setKnown(term.termId, !known).catch(failed)}
        >
          {t("known")}
        </button>
        <button
          ref={removeButton}
          type="button"
          className={styles.toggle}
          aria-expanded={confirming}
          aria-describedby={nameId}
          onClick={() => setConfirming((open) => !open)}
        >
          {t("remove")}
        </button>
      </div>
      {confirming ? (
        <div className={styles.itemButtons}>
          <span>{t("removeQuestion")}</span>
          <button type="button" className={styles.toggle} aria-describedby={nameId} onClick={() => removeTerm(term.termId).then(onRemoved, failed)}>
            {t("confirmRemove")}
          </button>
          <button
            ref={keep}
            type="button"
            className={styles.toggle}
            onClick={() => {
              setConfirming(false);
              removeButton.current?.focus();
            }}
          >
            {t("keep")}
          </button>
        </div>
      ) : null}
    </li>
  );
}

export function SavedTerms({ terms, known, now }: { terms: readonly SavedTerm[]; known: readonly string[]; now: Date }) {
  const t = useTranslations("Review");
  const [problem, setProblem] = useState("");
  // A removed term's buttons are gone: focus goes to the list's heading, not to the page.
  const heading = useRef<HTMLHeadingElement>(null);
  const onRemoved = () => heading.current?.focus();
  const knownIds = new Set(known);
  const sorted = [...terms].sort((a, b) => Date.parse(a.schedule.due) - Date.parse(b.schedule.due));
  return (
    <section className={styles.block} aria-labelledby="saved-terms-heading">
      <h2 id="saved-terms-heading" ref={heading} tabIndex={-1}>{t("savedHeading")}</h2>
      {sorted.length === 0 ? <p>{t("listEmpty")}</p> : null}
      {sorted.length > 0 ? (
        <ul className={styles.savedList}>
          {sorted.map((term) => (
            <SavedTermItem key={term.termId} term={term} known={knownIds.has(term.termId)} now={now} onProblem={setProblem} onRemoved={onRemoved} />
          ))}
        </ul>
      ) : null}
      <p className={styles.hint}>{t("knownCount", { count: knownIds.size })}</p>
      {problem ? (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      ) : null}
    </section>
  );
}
