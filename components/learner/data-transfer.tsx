"use client";
// The learner's data in and out of the browser: "Export my data" (one JSON file, backup.ts),
// "Import" (a file read here, checked whole — each problem worded in the interface language with
// where in the file it is, e.g. "saved term 4, schedule.due: not a date" — then merged with what
// is here, losing nothing) and the due cards as an Anki CSV (deck "Zan Reader", in the chosen
// script). Nothing leaves the device except as the file the reader downloads. The file's reader
// (with its schema) and the CSV writer load when the reader asks for them, not with the page.
import { useRef, useState, type ChangeEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { isLang } from "@/lib/glossary/langs";
import type { BackupProblem } from "@/lib/learner/backup";
import { MAX_BACKUP_BYTES, backupTooLarge } from "@/lib/learner/backup-limits";
import { LearnerStoreError } from "@/lib/learner/store";
import type { LearnerData } from "@/lib/learner/types";
import { downloadText } from "./download";
import { dueTerms } from "./review-session";
import { importData } from "./use-learner";
import styles from "./review.module.css";

/** Problems shown for one file; the rest are counted, never dropped silently. */
const SHOWN_PROBLEMS = 20;
const SECTIONS = ["terms", "known", "texts", "settings"] as const;
type Section = (typeof SECTIONS)[number];
const isSection = (part: unknown): part is Section => (SECTIONS as readonly unknown[]).includes(part);

type Outcome =
  | { kind: "imported"; file: string; terms: number; known: number; texts: number }
  | { kind: "refused"; file: string; problems: BackupProblem[] }
  | { kind: "message"; text: string; alert: boolean };

/** A value found in the file, short enough to quote. */
function quoted(value: unknown): string | undefined {
  if (typeof value === "string") return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  return undefined;
}

function useProblemText(): (problem: BackupProblem) => string {
  const t = useTranslations("Review");
  return (problem) => {
    switch (problem.code) {
      case "tooLarge":
        return t("problem.tooLarge", { limit: Math.round((problem.limit ?? MAX_BACKUP_BYTES) / 1024 / 1024) });
      case "tooManyTerms":
        return t("problem.tooManyTerms", { count: Number(problem.value) || 0, limit: problem.limit ?? 0 });
      case "notJson":
        return t("problem.notJson");
      case "wrongFormat":
        return t("problem.wrongFormat");
      case "newerVersion":
        return t("problem.newerVersion", { version: quoted(problem.value) ?? "?" });
      case "invalid": {
        // "saved term 4, schedule.due": the section and record in words, the field as written.
        const [section, index, ...rest] = problem.pathParts;
        let where: string;
        let field: (string | number)[];
        if (isSection(section) && typeof index === "number") {
          where = t(`item.${section}`, { n: index + 1 });
          field = rest;
        } else if (isSection(section)) {
          where = t(`section.${section}`);
          field = index === undefined ? [] : [index, ...rest];
        } else {
          where = problem.path === "" ? t("section.file") : "";
          field = problem.pathParts;
        }
        const fieldText = field.map((part) => (typeof part === "number" ? `[${part}]` : part)).join(".").replace(/\.\[/g, "[");
        const place = [where, fieldText].filter(Boolean).join(", ");
        const reason = t(`reason.${problem.reason ?? "other"}`);
        const value = quoted(problem.value);
        return t("problemLine", { where: place, reason: value !== undefined && problem.reason !== "missing" ? t("found", { reason, value }) : reason });
      }
    }
  };
}

export function DataTransfer({ data, now }: { data: LearnerData; now: Date }) {
  const t = useTranslations("Review");
  const locale = useLocale();
  const problemText = useProblemText();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const storeProblem = (error: unknown) =>
    setOutcome({ kind: "message", text: error instanceof LearnerStoreError && error.code === "full" ? t("full") : t("failed"), alert: true });

  const exportData = async () => {
    const when = new Date();
    const { backupFileName, backupJson } = await import("@/lib/learner/backup");
    downloadText(backupFileName(when), "application/json", backupJson(data, when));
    setOutcome({ kind: "message", text: t("exported"), alert: false });
  };

  const exportAnki = async () => {
    const due = dueTerms(data.terms, now);
    if (due.length === 0) {
      setOutcome({ kind: "message", text: t("ankiNone"), alert: false });
      return;
    }
    const [{ DEFAULT_DECK, cardsToAnkiCsv }, { savedTermsToAnkiCards }] = await Promise.all([
      import("@/lib/export/anki"),
      import("@/lib/learner/flashcards"),
    ]);
    const csv = cardsToAnkiCsv(savedTermsToAnkiCards(due), {
      deck: DEFAULT_DECK,
      script: data.settings.flashcardScript,
      definitionLang: isLang(locale) ? locale : "en",
    });
    downloadText("zan-reader-review-cards.csv", "text/csv", csv);
    setOutcome({ kind: "message", text: t("ankiDone", { count: due.length }), alert: false });
  };

  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    try {
      if (backupTooLarge(file.size)) {
        setOutcome({ kind: "refused", file: file.name, problems: [{ code: "tooLarge", path: "", pathParts: [], limit: MAX_BACKUP_BYTES }] });
        return;
      }
      const { readBackup } = await import("@/lib/learner/backup");
      const result = readBackup(await file.text());
      if (!result.ok) {
        setOutcome({ kind: "refused", file: file.name, problems: result.problems });
        return;
      }
      await importData(result.data);
      setOutcome({ kind: "imported", file: file.name, terms: result.data.terms.length, known: result.data.known.length, texts: result.data.texts.length });
    } catch (error) {
      storeProblem(error);
    } finally {
      // The same file can be chosen again (after fixing it, say).
      input.value = "";
    }
  };

  return (
    <section className={styles.block} aria-labelledby="learner-data-heading">
      <h2 id="learner-data-heading">{t("dataHeading")}</h2>
      <p>{t("dataIntro")}</p>
      <div className={styles.dataButtons}>
        <button type="button" className={styles.action} onClick={exportData}>
          {t("export")}
        </button>
        {/* The file input itself is hidden (its built-in "no file chosen" text would not fit a
            phone); the button opens its file chooser. */}
        <button type="button" className={styles.action} onClick={() => fileInput.current?.click()}>
          {t("import")}
        </button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden data-import="" onChange={(e) => void importFile(e)} />
        <button type="button" className={styles.action} onClick={exportAnki}>
          {t("anki")}
        </button>
      </div>
      <div role="status">
        {outcome?.kind === "imported" ? <p>{t("imported", { file: outcome.file, terms: outcome.terms, known: outcome.known, texts: outcome.texts })}</p> : null}
        {outcome?.kind === "message" && !outcome.alert ? <p>{outcome.text}</p> : null}
      </div>
      <div role="alert">
        {outcome?.kind === "refused" ? (
          <div className={styles.problem}>
            <p>{t("importFailed", { file: outcome.file })}</p>
            <ul>
              {outcome.problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
                <li key={i}>{problemText(problem)}</li>
              ))}
            </ul>
            {outcome.problems.length > SHOWN_PROBLEMS ? <p>{t("moreProblems", { count: outcome.problems.length - SHOWN_PROBLEMS })}</p> : null}
          </div>
        ) : null}
        {outcome?.kind === "message" && outcome.alert ? <p className={styles.problem}>{outcome.text}</p> : null}
      </div>
    </section>
  );
}
