"use client";
// The article's paragraphs in the current view: the server-rendered default view (children)
// as long as the reader keeps it, otherwise rendered here from the segments. Once the URL has
// been read, scrolls to the paragraph its fragment names (it may only exist after a translation
// column appears).
import { useEffect, type ReactNode } from "react";
import { ParagraphRow } from "./paragraph-row";
import type { ParagraphView } from "./types";
import { useView } from "./view-context";
import styles from "./article-text.module.css";

interface Props {
  paragraphs: ParagraphView[];
  label: string;
  /** The default view as rendered on the server (<StaticArticleText>). */
  children: ReactNode;
}

export function ArticleText({ paragraphs, label, children }: Props) {
  const { view } = useView();
  const isDefault = !view.with && view.script === "cyrl" && !view.hl && view.marking;
  useEffect(() => {
    if (!view.synced || !view.target) return;
    const id = view.target.lang === "kk" ? `p${view.target.n}` : `p${view.target.n}-${view.target.lang}`;
    document.getElementById(id)?.scrollIntoView({ block: "center" });
  }, [view.synced, view.target]);
  return (
    <section aria-label={label} className={styles.text} data-parallel={view.with ?? undefined} data-marking={view.marking ? undefined : "off"}>
      {isDefault ? children : paragraphs.map((p) => {
        const isTarget = view.target?.n === p.n;
        // With a fragment, the concordance's term is highlighted in its paragraph only.
        const hl = view.hl && (isTarget || !view.target) ? view.hl : null;
        return (
          <ParagraphRow key={p.n} paragraph={p} with={view.with} script={view.script} marking={view.marking} hl={hl} isTarget={isTarget} />
        );
      })}
    </section>
  );
}
