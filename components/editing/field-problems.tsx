// The problems of one field, shown beside it (its input points at this list with
// aria-describedby): each an error or a warning, worded in the interface language by the server.
"use client";
import { useTranslations } from "next-intl";
import type { ProblemAnswer } from "@/lib/contracts/edit-answers";
import styles from "./editing.module.css";

export function FieldProblems({ id, problems }: { id: string; problems: readonly ProblemAnswer[] }) {
  const t = useTranslations("Editing");
  if (problems.length === 0) return <span id={id} hidden />;
  return (
    <ul id={id} className={styles.problems}>
      {problems.map((p, i) => (
        <li key={i} className={p.severity === "error" ? styles.error : styles.warning} data-field={p.field} data-code={p.code}>
          <span className={styles.severity}>{p.severity === "error" ? t("error") : t("warning")}</span> {p.message}
        </li>
      ))}
    </ul>
  );
}

