"use client";
// The article's paragraphs in the current view. Translations not given with the page are
// fetched from translationsHref the first time the reader asks for one, which keeps the page
// light for the common case. Once the URL has been read, scrolls to the paragraph its fragment
// names (it may only exist after a translation column appears).
import { useEffect, useState } from "react";
import { ParagraphRow } from "./paragraph-row";
import type { ParagraphView, Translations } from "./types";
import { useView } from "./view-context";
import styles from "./article-text.module.css";

interface Props {
  paragraphs: ParagraphView[];
  label: string;
  /** Where the translations are, when the paragraphs come without them. */
  translationsHref?: string;
}

export function ArticleText({ paragraphs, label, translationsHref }: Props) {
  const { view } = useView();
  const [loaded, setLoaded] = useState<Translations | null>(null);
  const wanted = view.with !== null && translationsHref !== undefined && loaded === null;
  useEffect(() => {
    if (!wanted || !translationsHref) return;
    let live = true;
    fetch(translationsHref)
      .then((response) => (response.ok ? (response.json() as Promise<Translations>) : Promise.reject(new Error(String(response.status)))))
      .then((translations) => live && setLoaded(translations))
      .catch(() => {}); // The text stays readable alone; the next choice of a translation retries.
    return () => {
      live = false;
    };
  }, [wanted, translationsHref]);
  const translationReady = !wanted;
  useEffect(() => {
    if (!view.synced || !view.target || !translationReady) return;
    const id = view.target.lang === "kk" ? `p${view.target.n}` : `p${view.target.n}-${view.target.lang}`;
    document.getElementById(id)?.scrollIntoView({ block: "center" });
  }, [view.synced, view.target, translationReady]);
  return (
    <section aria-label={label} className={styles.text} data-parallel={view.with ?? undefined} data-marking={view.marking ? undefined : "off"}>
      {paragraphs.map((p) => {
        const isTarget = view.target?.n === p.n;
        // With a fragment, the concordance's term is highlighted in its paragraph only.
        const hl = view.hl && (isTarget || !view.target) ? view.hl : null;
        return (
          <ParagraphRow
            key={p.n}
            paragraph={p}
            translation={view.with ? (p.segments[view.with] ?? loaded?.[view.with][p.n - 1]) : undefined}
            with={view.with}
            script={view.script}
            marking={view.marking}
            hl={hl}
            isTarget={isTarget}
          />
        );
      })}
    </section>
  );
}
