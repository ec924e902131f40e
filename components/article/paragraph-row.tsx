"use client";
// One paragraph: the Kazakh text (Cyrillic or Latin) and, in the parallel view, its
// translation beside it. Pointing at a term in one column highlights the same entry in the
// other; a concordance target (?hl=…#p{n}) highlights its term here.
import { memo, useMemo, useState } from "react";
import { AnnotatedText } from "@/components/term/annotated-text";
import { TermHighlightContext, type TermHighlight } from "@/components/term/term-highlight-context";
import type { Lang } from "@/lib/glossary/langs";
import type { Segment } from "@/components/term/segments";
import type { ParagraphView } from "./types";
import type { Script, WithLang } from "./view-state";
import styles from "./article-text.module.css";

interface Pointed {
  termId: string;
  lang: Lang;
}

/** What a row shows; plain values, so a row only re-renders when one of them changes. */
export interface RowView {
  with: WithLang | null;
  script: Script;
  marking: boolean;
  /** The term to highlight in this row (a concordance target), if any. */
  hl: string | null;
  isTarget: boolean;
}

function Column({ n, segments, lang, view, hl, pointed, onPoint }: {
  n: number;
  segments: Segment[];
  lang: Lang;
  view: RowView;
  hl: string | null;
  pointed: Pointed | null;
  onPoint: (p: Pointed | null) => void;
}) {
  const value = useMemo<TermHighlight>(() => {
    const highlighted = new Set<string>();
    if (hl) highlighted.add(hl);
    if (pointed && pointed.lang !== lang) highlighted.add(pointed.termId);
        // Pointing only matters when there is another column to light up.
    const point = view.with ? (termId: string | null) => onPoint(termId ? { termId, lang } : null) : undefined;
    return { highlighted, marking: view.marking, onPoint: point };
  }, [hl, pointed, lang, view.marking, view.with, onPoint]);
  const latin = lang === "kk" && view.script === "latn";
  return (
    <p id={lang === "kk" ? `p${n}` : `p${n}-${lang}`} lang={latin ? "kk-Latn" : lang} data-col={lang} className={styles.column}>
      <TermHighlightContext.Provider value={value}>
        <AnnotatedText segments={segments} lang={lang} script={view.script} />
      </TermHighlightContext.Provider>
    </p>
  );
}

interface RowProps extends RowView {
  paragraph: ParagraphView;
  /** The translation's segments when the view shows one (absent while it loads). */
  translation?: Segment[];
}

export const ParagraphRow = memo(function ParagraphRow({ paragraph, translation, ...view }: RowProps) {
  const [pointed, setPointed] = useState<Pointed | null>(null);
  const column = (lang: Lang, segments: Segment[]) => (
    <Column key={lang} n={paragraph.n} segments={segments} lang={lang} view={view} hl={view.hl} pointed={pointed} onPoint={setPointed} />
  );
  return (
    <div className={styles.row} data-target={view.isTarget ? "" : undefined}>
      {column("kk", paragraph.segments.kk)}
      {view.with && translation ? column(view.with, translation) : null}
    </div>
  );
});
