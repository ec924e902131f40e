"use client";
// The learner's two buttons in a term's pinned card: "Save for review" (pressed once saved; a
// press then asks whether to remove it) and "I know this" (a toggle). Saving records the form
// met, its grammar, the sentence around it and that sentence's translation where there is one,
// where it was met (met-in-dom.ts), a snapshot of the entry and a new FSRS schedule. When the
// browser keeps no data (private mode), the card says so instead of offering buttons that fail.
import { useEffect, useId, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { TermCard } from "@/lib/marks/term-card";
import type { Lang } from "@/lib/glossary/langs";
import { newSchedule } from "@/lib/learner/schedule";
import { LearnerStoreError } from "@/lib/learner/store";
import type { SavedEntry, SavedTerm } from "@/lib/learner/types";
import { readMetMark } from "./met-in-dom";
import { findTranslation } from "./translation";
import { removeTerm, saveTerm, setKnown, useKnownTermIds, useLearner, useSavedTerm } from "./use-learner";
import styles from "./learner.module.css";

interface Props {
  card: TermCard;
  /** The mark the card is for (where the term was met); without it the term cannot be saved. */
  anchor?: HTMLElement;
  /** The language of the text the mark is in (the paragraph's data-col says it too). */
  lang: Lang;
}

const snapshot = ({ id, status, domains, kk, ru, en }: TermCard): SavedEntry => ({ id, status, domains, kk, ru, en });

/** The SavedTerm for a term met at `anchor`, or the reason it cannot be made. */
async function termMetAt(card: TermCard, anchor: HTMLElement, lang: Lang, locale: string, now: Date) {
  const met = readMetMark(anchor, lang);
  if (typeof met === "string") return met;
  const term: SavedTerm = {
    termId: card.id,
    entry: snapshot(card),
    lang: met.lang,
    form: met.form,
    sentence: met.sentence,
    metIn: met.metIn,
    savedAt: now.toISOString(),
    schedule: newSchedule(now),
  };
  if (met.grammar) term.grammar = met.grammar;
  const translation = await findTranslation(met, card.id, locale);
  if (translation) term.translation = translation;
  return term;
}

export function CardActions({ card, anchor, lang }: Props) {
  const t = useTranslations("Learner");
  const locale = useLocale();
  const { status } = useLearner();
  const saved = useSavedTerm(card.id) !== undefined;
  const known = useKnownTermIds().has(card.id);
  const [confirming, setConfirming] = useState(false);
  // One change at a time (a second press while one is written is ignored).
  const busy = useRef(false);
  const [message, setMessage] = useState("");
  const saveButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const confirmId = useId();
  // Asked whether to remove: the safe answer, "Keep", has the focus.
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);

  if (status === "unavailable") {
    return <p className={styles.cardNote} role="status">{t("unavailable")}</p>;
  }

  /** Runs a change, saying what happened or why it failed. */
  const run = async (action: () => Promise<string>) => {
    if (busy.current) return;
    busy.current = true;
    try {
      setMessage(await action());
    } catch (error) {
      setMessage(error instanceof LearnerStoreError && error.code === "full" ? t("full") : t("failed"));
    } finally {
      busy.current = false;
    }
  };

  const save = () =>
    run(async () => {
      if (!anchor) return t("noSource");
      const term = await termMetAt(card, anchor, lang, locale, new Date());
      if (typeof term === "string") return t(term);
      await saveTerm(term);
      return t("didSave");
    });

  const remove = () =>
    run(async () => {
      await removeTerm(card.id);
      setConfirming(false);
      saveButton.current?.focus();
      return t("didRemove");
    });

  const toggleKnown = () =>
    run(async () => {
      await setKnown(card.id, !known);
      return known ? t("didUnknow") : t("didKnow");
    });

  const disabled = status !== "ready";
  return (
    <div className={styles.cardActions} role="group" aria-label={t("actionsLabel")}>
      <div className={styles.buttons}>
        <button
          ref={saveButton}
          type="button"
          className={styles.button}
          // Its name says whether the term is saved; once saved it opens the question whether to
          // remove it (a disclosure, so aria-expanded, and no pressed state beside it).
          aria-expanded={saved ? confirming : undefined}
          aria-controls={saved && confirming ? confirmId : undefined}
          disabled={disabled}
          onClick={saved ? () => setConfirming((open) => !open) : save}
        >
          {saved ? t("saved") : t("save")}
        </button>
        <button type="button" className={styles.button} aria-pressed={known} disabled={disabled} onClick={toggleKnown}>
          {t("know")}
        </button>
      </div>
      {saved && confirming ? (
        <div id={confirmId} className={styles.confirm}>
          <span>{t("removeQuestion")}</span>
          <button type="button" className={styles.button} onClick={remove}>
            {t("remove")}
          </button>
          <button
            type="button"
            className={styles.button}
            ref={keepButton}
            onClick={() => {
              setConfirming(false);
              saveButton.current?.focus();
            }}
          >
            {t("keep")}
          </button>
        </div>
      ) : null}
      <p className={styles.cardNote} role="status">
        {status === "loading" ? t("loading") : message}
      </p>
    </div>
  );
}
