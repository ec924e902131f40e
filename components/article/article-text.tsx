"use client";
// The article's paragraphs in the current view; once the URL has been read, scrolls to the
// paragraph its fragment names (it may only exist after a translation column appears).
import { useEffect } from "react";
import { ParagraphRow } from "./paragraph-row";
import type { ParagraphView } from "./types";
import { useView } from "./view-context";
import styles from "./article-text.module.css";

export function ArticleText({ paragraphs, label }: { paragraphs: ParagraphView[]; label: string }) {
  const { view } = useView();
  useEffect(() => {
    if (!view.synced || !view.target) return;
    const id = view.target.lang === "kk" ? `p${view.target.n}` : `p${view.target.n}-${view.target.lang}`;
    document.getElementById(id)?.scrollIntoView({ block: "center" });
  }, [view.synced, view.target]);
  return (
    <section aria-label={label} className={styles.text} data-parallel={view.with ?? undefined} data-marking={view.marking ? undefined : "off"}>
      {paragraphs.map((p) => (
        <ParagraphRow key={p.n} paragraph={p} view={view} />
      ))}
    </section>
  );
}
