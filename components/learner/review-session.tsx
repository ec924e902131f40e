"use client";
// The review itself: the saved terms due now, one card at a time, the earliest due first. The
// front shows the Kazakh term in the form it was met (in the reader's script) and its sentence
// with the form in bold; "Show answer" (or Space) reveals the equivalents, the definition in the
// interface language, the grammar of the form, the sentence's translation and a link back to
// where it was met; then Again / Hard / Good / Easy (or 1–4), each saying when it would bring the
// term back. A live region says which card came up; focus follows the reader's next step.
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Equivalents } from "@/components/term/equivalents";
import { decodeGrammar } from "@/lib/marks/grammar-attr";
import { GrammarLine } from "@/components/term/grammar-line";
import { isLang } from "@/lib/glossary/langs";
import { dueToday, nextDue } from "@/lib/learner/schedule";
import { LearnerStoreError } from "@/lib/learner/store";
import { GRADES, type Grade, type SavedTerm } from "@/lib/learner/types";
import type { CardSentence } from "@/lib/export/anki";
import { MetLink } from "./met-link";
import { formatIn, type TimeUnit } from "./relative-time";
import { gradeTerm } from "./use-learner";
import { useShowIn } from "@/components/term/kazakh-script";
import styles from "./review.module.css";

/** The terms to review today (dueToday in schedule.ts), the longest overdue first. */
export function dueTerms(terms: readonly SavedTerm[], now: Date): SavedTerm[] {
  return terms.filter((term) => dueToday(term.schedule, now)).sort((a, b) => Date.parse(a.schedule.due) - Date.parse(b.schedule.due));
}

/** "in 3 days" in the interface language (the page's own words where the browser has none). */
export function useFormatIn(): (when: Date, now: Date) => string {
  const t = useTranslations("Review");
  const locale = useLocale();
  const fallback = (unit: TimeUnit, count: number) => t(`in.${unit}`, { count });
  return (when, now) => formatIn(when, now, locale, fallback);
}

function Sentence({ sentence, lang }: { sentence: CardSentence; lang: SavedTerm["lang"] }) {
  const { show, tag } = useShowIn(lang);
  return (
    <p className={styles.sentence} lang={tag}>
      {show(sentence.before)}
      <b>{show(sentence.term)}</b>
      {show(sentence.after)}
    </p>
  );
}

function Front({ term }: { term: SavedTerm }) {
  // The form met is Kazakh when the text was; a term met in a Russian or English text shows
  // its Kazakh term on the front instead.
  const kk = useShowIn("kk");
  return (
    <>
      <p className={styles.front} lang={kk.tag}>
        {kk.show(term.lang === "kk" ? term.form : term.entry.kk.term)}
      </p>
      <Sentence sentence={term.sentence} lang={term.lang} />
    </>
  );
}

function Answer({ term }: { term: SavedTerm }) {
  const t = useTranslations("Review");
  const names = useTranslations("Term");
  const locale = useLocale();
  const kk = useShowIn("kk");
  const definitionLang = isLang(locale) ? locale : "en";
  const definition = useShowIn(definitionLang);
  const text = term.entry[definitionLang].definition;
  const analysis = decodeGrammar(term.grammar);
  return (
    <>
      <p className={styles.lemma} lang={kk.tag}>
        {kk.show(term.entry.kk.term)}
      </p>
      <Equivalents card={term.entry} />
      {analysis ? <GrammarLine analysis={analysis} lang={term.lang} /> : null}
      <p className={styles.definition}>
        <span className={styles.label}>{t("definition")}</span>{" "}
        {text ? <span lang={definition.tag}>{definition.show(text)}</span> : names("noDefinition")}
      </p>
      {term.translation ? (
        <div className={styles.translation}>
          <span className={styles.label}>{t("translation")}</span>
          <Sentence sentence={term.translation.sentence} lang={term.translation.lang} />
        </div>
      ) : null}
      <p className={styles.met}>
        <span className={styles.label}>{t("metIn")}</span> <MetLink term={term} />
      </p>
    </>
  );
}

/** Keys the session answers to, unless the reader is typing or on another part of the page. */
function sessionKey(e: KeyboardEvent, session: HTMLElement | null): boolean {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return false;
  const target = e.target instanceof HTMLElement ? e.target : null;
  if (!target || target.closest("input, textarea, select, [contenteditable]")) return false;
  return target === document.body || target.id === "main" || (session?.contains(target) ?? false);
}

interface Props {
  terms: readonly SavedTerm[];
  now: Date;
  /** Called after an answer is recorded, so that the page moves its clock on. */
  onAnswered: () => void;
}

export function ReviewSession({ terms, now, onAnswered }: Props) {
  const t = useTranslations("Review");
  const formatWhen = useFormatIn();
  const kk = useShowIn("kk");
  const due = dueTerms(terms, now);
  const current = due[0];
  const [revealedId, setRevealedId] = useState<string | null>(null);
  const revealed = current !== undefined && revealedId === current.termId;
  const [problem, setProblem] = useState("");
  /** Set once the reader answered a card: then the next card is announced and gets the focus. */
  const [answered, setAnswered] = useState(false);
  const busy = useRef(false);
  const section = useRef<HTMLElement>(null);
  const showButton = useRef<HTMLButtonElement>(null);
  const answer = useRef<HTMLDivElement>(null);
  const nothing = useRef<HTMLParagraphElement>(null);

  const reveal = () => {
    if (!current) return;
    setRevealedId(current.termId);
    setProblem("");
  };
  useEffect(() => {
    if (revealed) answer.current?.focus();
  }, [revealed]);
  const currentId = current?.termId;
  // Focus moves to the next step right after an answer only: a card that falls due later (the
  // page's clock ticking) never takes the focus from wherever the reader is.
  const focusNext = useRef(false);
  const [answers, setAnswers] = useState(0);
  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    (showButton.current ?? nothing.current)?.focus();
  }, [answers, currentId]);

  const answerWith = async (grade: Grade) => {
    if (!current || busy.current) return;
    busy.current = true;
    try {
      await gradeTerm(current.termId, grade, new Date());
      focusNext.current = true;
      setAnswers((n) => n + 1);
      setAnswered(true);
      setProblem("");
      onAnswered();
    } catch (error) {
      setProblem(error instanceof LearnerStoreError && error.code === "full" ? t("full") : t("failed"));
    } finally {
      busy.current = false;
    }
  };

  // Space shows the answer, 1–4 answer (Space on a focused button presses that button instead).
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (!sessionKey(e, section.current)) return;
    if (e.key === " " && !revealed) {
      if (e.target instanceof Element && e.target.closest("button, a, summary")) return;
      e.preventDefault();
      reveal();
      return;
    }
    const grade = GRADES[["1", "2", "3", "4"].indexOf(e.key)];
    if (grade && revealed) {
      e.preventDefault();
      void answerWith(grade);
    }
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);

  const upcoming = [...terms].sort((a, b) => Date.parse(a.schedule.due) - Date.parse(b.schedule.due))[0];
  const nothingDue = upcoming
    ? t("noneDue", { when: formatWhen(new Date(upcoming.schedule.due), now) })
    : t("noneSaved");
  const announcement = !answered ? "" : current ? t("nextCard", { term: kk.show(current.lang === "kk" ? current.form : current.entry.kk.term), left: due.length }) : nothingDue;
  const when = current && revealed ? nextDue(current.schedule, now) : null;

  return (
    <section ref={section} className={styles.session} aria-labelledby="review-session-heading">
      <h2 id="review-session-heading">{t("sessionHeading")}</h2>
      {current ? (
        <div className={styles.card} data-review-card={current.termId}>
          <Front term={current} />
          {revealed && when ? (
            <div ref={answer} tabIndex={-1} className={styles.answer} data-answer="">
              <Answer term={current} />
              <div role="group" aria-label={t("gradeQuestion")} className={styles.grades}>
                {GRADES.map((grade, i) => (
                  <button key={grade} type="button" className={styles.grade} data-grade={grade} onClick={() => void answerWith(grade)}>
                    <span className={styles.gradeName}>
                      <kbd aria-hidden>{i + 1}</kbd> {t(grade)}
                    </span>
                    <span className={styles.gradeWhen}>{formatWhen(when[grade], now)}</span>
                  </button>
                ))}
              </div>
            </div>
          ) : (
            <button ref={showButton} type="button" className={styles.show} onClick={reveal}>
              {t("showAnswer")}
            </button>
          )}
          <p className={styles.hint}>{t("keys")}</p>
        </div>
      ) : (
        <p ref={nothing} tabIndex={-1} className={styles.nothing}>
          {nothingDue}
        </p>
      )}
      {problem ? (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      ) : null}
      <p role="status" className={styles.visuallyHidden}>
        {announcement}
      </p>
    </section>
  );
}
