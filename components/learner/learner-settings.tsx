"use client";
// The learner's settings on the review page: whether the marks of known terms are drawn more
// quietly in texts, and the script of the Kazakh side of the flashcards exported for Anki.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { LearnerStoreError } from "@/lib/learner/store";
import type { LearnerSettings } from "@/lib/learner/types";
import { updateSettings } from "./use-learner";
import styles from "./review.module.css";

export function LearnerSettingsForm({ settings }: { settings: LearnerSettings }) {
  const t = useTranslations("Review");
  const [problem, setProblem] = useState("");
  const change = (partial: Partial<LearnerSettings>) => {
    setProblem("");
    updateSettings(partial).catch((error: unknown) => setProblem(error instanceof LearnerStoreError && error.code === "full" ? t("full") : t("failed")));
  };
  return (
    <section className={styles.block} aria-labelledby="learner-settings-heading">
      <h2 id="learner-settings-heading">{t("settingsHeading")}</h2>
      <p className={styles.field}>
        <label>
          <input type="checkbox" checked={settings.quietKnown} onChange={(e) => change({ quietKnown: e.target.checked })} /> {t("quietKnown")}
        </label>
      </p>
      <fieldset className={styles.choices}>
        <legend>{t("flashcardScript")}</legend>
        {(["cyrl", "latn"] as const).map((script) => (
          <label key={script}>
            <input
              type="radio"
              name="flashcard-script"
              value={script}
              checked={settings.flashcardScript === script}
              onChange={() => change({ flashcardScript: script })}
            />{" "}
            {t(script)}
          </label>
        ))}
      </fieldset>
      {problem ? (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      ) : null}
    </section>
  );
}
