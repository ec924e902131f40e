"use client";
// The text's project glossary as a file for a CAT tool: TBX v3, CSV or JSON of just the entries
// found in it, with the forms they took and their sentences (project-glossary.ts), made here in
// the browser when asked for (the writers are loaded only then) and handed over as a download.
// Shown with every text, disabled while the text has no terms. Without JavaScript the page says
// that the export needs it.
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { downloadText } from "@/components/learner/download";
import type { AnnotateResult } from "@/components/annotate/state";
import type { Lang } from "@/lib/glossary/langs";
// Only the type: the module itself, with the writers, is loaded on the click.
import type { ProjectFormat } from "./project-glossary";
import { useHydrated } from "./use-hydrated";
import styles from "./library.module.css";

const FORMATS: readonly ProjectFormat[] = ["tbx", "csv", "json"];
const FORMAT_NAMES: Record<ProjectFormat, string> = { tbx: "TBX", csv: "CSV", json: "JSON" };
const FORMAT_LABELS = { tbx: "projectTbx", csv: "projectCsv", json: "projectJson" } as const;

export function ProjectExport({ result, lang, title }: { result: AnnotateResult; lang: Lang; title: string }) {
  const t = useTranslations("Annotate");
  const hydrated = useHydrated();
  const id = useId();
  const [format, setFormat] = useState<ProjectFormat>("tbx");
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState("");
  const [failed, setFailed] = useState(false);
  const empty = result.terms.length === 0;

  const exportFile = async () => {
    setBusy(true);
    setFailed(false);
    setDone("");
    try {
      const { projectGlossaryFile } = await import("./project-glossary");
      const file = projectGlossaryFile(result, lang, title, format);
      downloadText(file.name, file.type, file.text);
      setDone(t("projectDone", { count: file.entries, format: FORMAT_NAMES[format] }));
    } catch {
      // The writers' chunk could not be loaded (the connection dropped, the site was updated).
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.project}>
      <h3 id={`${id}heading`}>{t("projectHeading")}</h3>
      {hydrated ? (
        <>
          <p id={`${id}hint`}>{empty ? t("projectNone") : t("projectHint")}</p>
          <p className={styles.projectRow}>
            <label>
              {t("projectFormat")}{" "}
              <select value={format} disabled={empty} onChange={(e) => setFormat(FORMATS.find((f) => f === e.target.value) ?? "tbx")}>
                {FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {t(FORMAT_LABELS[f])}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={exportFile} disabled={empty || busy} aria-describedby={`${id}hint`}>
              {t("projectExport")}
            </button>
          </p>
          <p role="status" className={styles.status}>
            {done}
          </p>
          {failed && (
            <p role="alert" className={styles.problem}>
              {t("projectFailed")}
            </p>
          )}
        </>
      ) : (
        <p>{t("projectNeedsScript")}</p>
      )}
    </div>
  );
}
