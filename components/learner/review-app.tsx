"use client";
// The review page's client part: everything on it comes from the browser's own data (IndexedDB
// through use-learner.ts), so the server renders only "loading" and the browser fills in the
// numbers due today and saved, the review session, the saved terms, the settings and the data's
// export and import. The page's clock moves on after each answer and every half minute, so that
// a card answered "again" comes back while the page stays open.
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { DataTransfer } from "./data-transfer";
import { LearnerSettingsForm } from "./learner-settings";
import { ReviewSession, dueTerms } from "./review-session";
import { SavedTerms } from "./saved-terms";
import { useLearner } from "./use-learner";
import styles from "./review.module.css";

export function ReviewApp() {
  const t = useTranslations("Review");
  const { status, data } = useLearner();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 30_000);
    return () => window.clearInterval(timer);
  }, []);

  // The same height reserved while loading and after: the page below does not jump.
  if (status === "loading") return <div className={styles.app}><p className={styles.hint}>{t("loading")}</p></div>;
  if (status === "unavailable" || !data) {
    return (
      <div className={styles.app}>
        <p role="alert" className={styles.problem}>
          {t("unavailable")}
        </p>
      </div>
    );
  }
  // What the session shows today is what "due today" counts.
  const dueToday = dueTerms(data.terms, now).length;
  return (
    <div className={`${styles.app} ${styles.review}`} data-review-ready="">
      <p className={styles.summary} data-due-today={dueToday} data-saved={data.terms.length}>
        {t("summary", { due: dueToday, total: data.terms.length })}
      </p>
      <ReviewSession terms={data.terms} now={now} onAnswered={() => setNow(new Date())} />
      <SavedTerms terms={data.terms} known={data.known} now={now} />
      <LearnerSettingsForm settings={data.settings} />
      <DataTransfer data={data} now={now} />
    </div>
  );
}
