"use client";
// Says, in the interface language, why a pasted text was not annotated.
import { useTranslations } from "next-intl";
import type { TextProblem } from "@/lib/annotate-request/check-text";
import styles from "./annotate.module.css";

export function ProblemMessage({ problem }: { problem: TextProblem }) {
  const t = useTranslations("Annotate");
  const message =
    problem.code === "tooLong"
      ? t("tooLong", { length: problem.length, max: problem.max })
      : problem.code === "tooManyMarks"
        ? t("tooManyMarks", { marks: problem.marks, offset: problem.offset, max: problem.max })
        : problem.code === "empty"
          ? t("empty")
          : t("badLang");
  return (
    <p role="alert" className={styles.problem}>
      {message}
    </p>
  );
}
