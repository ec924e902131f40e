"use client";
// One paragraph: the Kazakh text (Cyrillic or Latin) and, in the parallel view, its
// translation beside it. Pointing at a term in one column highlights the same entry in the
// other; a concordance target (?hl=…#p{n}) highlights its term here.
import { useMemo, useState } from "react";
import { AnnotatedText } from "@/components/term/annotated-text";
import { TermHighlightContext, type TermHighlight } from "@/components/term/term-highlight-context";
import type { Lang } from "@/lib/glossary/schema";
import type { ParagraphView } from "./types";
import type { ViewState } from "./view-state";
import styles from "./article-text.module.css";

interface Pointed {
  termId: string;
  lang: Lang;
}

function Column({ paragraph, lang, view, hl, pointed, onPoint }: {
  paragraph: ParagraphView;
  lang: Lang;
  view: ViewState;
  hl: string | null;
  pointed: Pointed | null;
  onPoint: (p: Pointed | null) => void;
}) {
  const value = useMemo<TermHighlight>(() => {
    const highlighted = new Set<string>();
    if (hl) highlighted.add(hl);
    if (pointed && pointed.lang !== lang) highlighted.add(pointed.termId);
    return { highlighted, marking: view.marking, onPoint: (termId) => onPoint(termId ? { termId, lang } : null) };
  }, [hl, pointed, lang, view.marking, onPoint]);
  const latin = lang === "kk" && view.script === "latn";
  return (
    <p id={lang === "kk" ? `p${paragraph.n}` : `p${paragraph.n}-${lang}`} lang={latin ? "kk-Latn" : lang} data-col={lang} className={styles.column}>
      <TermHighlightContext.Provider value={value}>
        <AnnotatedText segments={paragraph.segments[lang]} lang={lang} script={view.script} />
      </TermHighlightContext.Provider>
    </p>
  );
}

export function ParagraphRow({ paragraph, view }: { paragraph: ParagraphView; view: ViewState }) {
  const [pointed, setPointed] = useState<Pointed | null>(null);
  const isTarget = view.target?.n === paragraph.n;
  // With a fragment, the concordance's term is highlighted in its paragraph only.
  const hl = view.hl && (isTarget || !view.target) ? view.hl : null;
  const langs: Lang[] = view.with ? ["kk", view.with] : ["kk"];
  return (
    <div className={styles.row} data-target={isTarget ? "" : undefined}>
      {langs.map((lang) => (
        <Column key={lang} paragraph={paragraph} lang={lang} view={view} hl={hl} pointed={pointed} onPoint={setPointed} />
      ))}
    </div>
  );
}
