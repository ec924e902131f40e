"use client";
// The article's terms with their counts; choosing one focuses its first occurrence in the
// Kazakh text, and Previous/Next step through the others. The list's buttons are one piece of
// HTML with one click handler on the list, like the article text: a long article has a hundred
// terms, and hydrating a component per button cost a phone noticeable blocking time.
import { marksOfEntrySelector } from "@/lib/marks/attributes";
import { useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from "react";
import { escapeHtml } from "@/lib/marks/marks-html";
import { kazakhLangTag, showKazakhIn, useKazakhScript, type KazakhScript } from "@/components/term/kazakh-script";
import type { Lang } from "@/lib/glossary/langs";
import { useTranslations } from "next-intl";
import type { TermListItem } from "./types";
import { useSetMarking, useReading } from "./reading-context";
import styles from "./term-list.module.css";

function occurrences(termId: string, lang: Lang): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`[data-col="${lang}"] ${marksOfEntrySelector(termId, CSS.escape)}`)];
}

/** One button per term: the Kazakh term (in the reader's script) and its count, as the caller worded it. */
function termItemsHtml(terms: readonly TermListItem[], countClass: string, script: KazakhScript): string {
  const show = showKazakhIn(script);
  return terms
    .map(
      (term) =>
        `<li><button type="button" aria-pressed="false" data-term-choice="${escapeHtml(term.id)}"><span lang="${kazakhLangTag(script)}">${escapeHtml(show(term.term))}</span> <span class="${escapeHtml(countClass)}">${escapeHtml(term.countLabel)}</span></button></li>`,
    )
    .join("");
}

/** The list's own words where it is not an article's (the reader's own text). */
export interface TermListLabels {
  title: string;
  noTerms: string;
}

/**
 * lang: the language of the text whose marks the list steps through (its paragraphs carry
 * data-col={lang}); the list names the terms in Kazakh whatever it is.
 */
interface TermListProps {
  terms: TermListItem[];
  lang?: Lang;
  labels?: TermListLabels;
  /** Shown after the list's heading, on its line (the count of terms new to the reader). */
  extra?: ReactNode;
}

export function TermList({ terms, lang = "kk", labels, extra }: TermListProps) {
  const t = useTranslations("Article");
  const { view } = useReading();
  const setMarking = useSetMarking();
  const script = useKazakhScript();
  const show = showKazakhIn(script);
  const [chosen, setChosen] = useState<{ id: string; index: number } | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const itemsHtml = useMemo(() => termItemsHtml(terms, styles.count ?? "", script), [terms, script]);
  // The stepper sticks just below the (sticky) reading options, however tall they wrap.
  const [stickAt, setStickAt] = useState(0);
  const stepping = chosen !== null;
  useEffect(() => {
    const controls = document.querySelector<HTMLElement>("[data-view-controls]");
    if (!stepping || !controls || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setStickAt(controls.getBoundingClientRect().height));
    observer.observe(controls);
    return () => observer.disconnect();
  }, [stepping]);
  useEffect(() => {
    for (const button of list.current?.querySelectorAll<HTMLElement>("[data-term-choice]") ?? []) {
      button.setAttribute("aria-pressed", String(button.dataset.termChoice === chosen?.id));
    }
  }, [chosen, itemsHtml]);
  const choose = (e: MouseEvent) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLElement>("[data-term-choice]") : null;
    if (button?.dataset.termChoice) go(button.dataset.termChoice, 0);
  };

  const go = (id: string, index: number) => {
    // Stepping needs the marks: switch marking back on, then focus once the terms are rendered.
    if (!view.marking) setMarking(true);
    requestAnimationFrame(() => {
      const found = occurrences(id, lang);
      if (found.length === 0) return;
      const i = (index + found.length) % found.length;
      setChosen({ id, index: i });
      // The occurrence stepped to looks different from the others (term.module.css), whether or
      // not the browser shows the focus it gets: after a click it does not.
      for (const mark of document.querySelectorAll("[data-current-occurrence]")) mark.removeAttribute("data-current-occurrence");
      found[i]?.setAttribute("data-current-occurrence", "");
      found[i]?.scrollIntoView({ block: "center" });
      found[i]?.focus({ preventScroll: true });
    });
  };

  if (terms.length === 0) return <p>{labels?.noTerms ?? t("noTerms")}</p>;
  const current = chosen ? terms.find((term) => term.id === chosen.id) : undefined;
  return (
    <>
      <section className={styles.list} aria-labelledby="term-list-title">
        <details>
          <summary>
            <h2 id="term-list-title">{labels?.title ?? t("termList")} ({terms.length})</h2>
            {extra}
          </summary>
          <p className={styles.hint}>{t("termListHint")}</p>
          <ul ref={list} onClick={choose} dangerouslySetInnerHTML={{ __html: itemsHtml }} />
        </details>
      </section>
      {current && chosen ? (
        <div className={styles.stepper} style={{ top: stickAt }} role="group" aria-label={show(current.term)}>
          <button type="button" onClick={() => go(current.id, chosen.index - 1)} aria-label={t("previousOccurrence", { term: show(current.term) })}>
            ← {t("previous")}
          </button>
          <span aria-live="polite">
            <span lang={kazakhLangTag(script)}>{show(current.term)}</span>: {t("position", { current: chosen.index + 1, total: current.count })}
          </span>
          <button type="button" onClick={() => go(current.id, chosen.index + 1)} aria-label={t("nextOccurrence", { term: show(current.term) })}>
            {t("next")} →
          </button>
        </div>
      ) : null}
    </>
  );
}
