"use client";
// "Your texts": the reader's own texts kept in this browser (IndexedDB, through useLearner),
// newest first, each with its date and language: open it (the page marks it again), rename it
// (an inline field; an empty title is refused) or delete it (after a confirmation). When the
// browser cannot keep texts, it says so; marking texts still works.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { deleteText, saveText, useLearner } from "@/components/learner/use-learner";
import { kazakhLangTag, showKazakhIn, useKazakhScript } from "@/components/term/kazakh-script";
import type { OwnText } from "@/lib/learner/types";
import { storeProblem } from "./store-problem";
import { cleanTitle } from "./title";
import styles from "./library.module.css";

interface Props {
  /** The id of the text shown on the page now, if it is one of the library's. */
  current: string | null;
  onOpen: (text: OwnText) => void;
  /** Called after a text was deleted (the page forgets it if it is the one shown). */
  onDeleted?: (id: string) => void;
}

export function LibraryList({ current, onOpen, onDeleted }: Props) {
  const t = useTranslations("Library");
  const { status, data } = useLearner();
  const [announcement, setAnnouncement] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const texts = data?.texts ?? [];

  const body =
    status === "loading" ? (
      <p>{t("loading")}</p>
    ) : status === "unavailable" ? (
      <p>{t("unavailable")}</p>
    ) : texts.length === 0 ? (
      <p>{t("empty")}</p>
    ) : (
      <ul>
        {texts.map((text) => (
          <LibraryItem
            key={text.id}
            text={text}
            current={text.id === current}
            onOpen={onOpen}
            announce={setAnnouncement}
            onDeleted={(id) => {
              heading.current?.focus();
              onDeleted?.(id);
            }}
          />
        ))}
      </ul>
    );
  return (
    <section aria-labelledby="library-title" className={styles.library}>
      <h2 id="library-title" ref={heading} tabIndex={-1}>
        {t("title")}
      </h2>
      <p role="status" className={styles.status}>
        {announcement}
      </p>
      {body}
    </section>
  );
}

interface ItemProps {
  text: OwnText;
  current: boolean;
  onOpen: (text: OwnText) => void;
  announce: (message: string) => void;
  onDeleted: (id: string) => void;
}

function LibraryItem({ text, current, onOpen, announce, onDeleted }: ItemProps) {
  const t = useTranslations("Library");
  const names = useTranslations("Term");
  const locale = useLocale();
  const script = useKazakhScript();
  const [mode, setMode] = useState<"idle" | "rename" | "confirm">("idle");
  const [draft, setDraft] = useState(text.title);
  const [problem, setProblem] = useState<string | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  /** Where focus goes once the row is idle again. */
  const returnTo = useRef<"rename" | "delete" | null>(null);
  useEffect(() => {
    if (mode === "rename") field.current?.focus();
    else if (mode === "confirm") confirmButton.current?.focus();
    else if (returnTo.current) (returnTo.current === "rename" ? renameButton : deleteButton).current?.focus();
    returnTo.current = null;
  }, [mode]);
  const kazakh = text.lang === "kk";
  const shownTitle = kazakh ? showKazakhIn(script)(text.title) : text.title;
  const titleLang = kazakh ? kazakhLangTag(script) : text.lang;
  const date = new Date(text.createdAt);
  const fieldId = `library-rename-${text.id}`;
  const problemId = `${fieldId}-problem`;

  const back = (to: "rename" | "delete") => {
    returnTo.current = to;
    setMode("idle");
    setProblem(null);
  };
  const rename = (e: FormEvent) => {
    e.preventDefault();
    const title = cleanTitle(draft);
    if (title === "") {
      setProblem(t("emptyTitle"));
      return;
    }
    saveText({ ...text, title, updatedAt: new Date().toISOString() }).then(
      () => {
        announce(t("renamed", { title }));
        back("rename");
      },
      (error: unknown) => setProblem(storeProblem(error, t)),
    );
  };
  const remove = () => {
    deleteText(text.id).then(
      () => {
        announce(t("deleted", { title: text.title }));
        onDeleted(text.id);
      },
      (error: unknown) => setProblem(storeProblem(error, t)),
    );
  };

  return (
    <li className={styles.item} aria-current={current ? "true" : undefined} data-text-id={text.id}>
      <p className={styles.itemTitle} lang={titleLang}>
        {shownTitle}
      </p>
      <p className={styles.meta}>
        {t("meta", {
          date: new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(date),
          lang: names(text.lang),
        })}
        {current ? ` · ${t("current")}` : ""}
      </p>
      {mode === "rename" ? (
        <form className={styles.rename} onSubmit={rename} onKeyDown={(e: KeyboardEvent) => {
            if (e.key === "Escape") back("rename");
          }}>
          <label htmlFor={fieldId}>{t("renameLabel", { title: text.title })}</label>
          <input
            id={fieldId}
            value={draft}
            ref={field}
            onChange={(e) => setDraft(e.target.value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? problemId : undefined}
          />
          <button type="submit">{t("renameSave")}</button>
          <button type="button" onClick={() => back("rename")}>
            {t("cancel")}
          </button>
        </form>
      ) : mode === "confirm" ? (
        <div className={styles.confirm} role="group" aria-labelledby={`${fieldId}-confirm`} onKeyDown={(e: KeyboardEvent) => {
            if (e.key === "Escape") back("delete");
          }}>
          <p id={`${fieldId}-confirm`}>{t("deleteConfirm", { title: text.title })}</p>
          <div className={styles.itemActions}>
            <button type="button" onClick={remove} ref={confirmButton}>
              {t("deleteYes")}
            </button>
            <button type="button" onClick={() => back("delete")}>
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : (
        <div className={styles.itemActions}>
          <button type="button" onClick={() => onOpen(text)} aria-label={t("openLabel", { title: text.title })}>
            {t("open")}
          </button>
          <button
            type="button"
            ref={renameButton}
            onClick={() => {
              setDraft(text.title);
              setMode("rename");
            }}
            aria-label={t("renameText", { title: text.title })}
          >
            {t("rename")}
          </button>
          <button type="button" ref={deleteButton} onClick={() => setMode("confirm")} aria-label={t("deleteLabel", { title: text.title })}>
            {t("delete")}
          </button>
        </div>
      )}
      {problem && (
        <p id={problemId} role="alert" className={styles.problem}>
          {problem}
        </p>
      )}
    </li>
  );
}
