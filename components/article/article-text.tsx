"use client";
// The article's paragraphs in the current view. Each paragraph is HTML rendered on the server
// (marks-html.ts) and set as it is: React keeps one element per paragraph, not one per word or
// term, so even a long article hydrates at once. The Latin script and the translations are
// fetched from textHref the first time the reader asks for one of them. Marking off, a
// concordance target's highlight (?hl=…) and the cross-highlighting of the parallel view work on
// that HTML: the first two rewrite the string, the last sets data-linked on the marks of the
// same entry in the paragraph's other column while a term is pointed at or focused.
import { useEffect, useState, type FocusEvent, type PointerEvent } from "react";
import { highlightHtml, unmarkHtml } from "@/components/term/marks-html";
import type { ArticleTexts } from "./types";
import { useView } from "./view-context";
import styles from "./article-text.module.css";

interface Props {
  /** The Kazakh paragraphs as HTML with their terms marked, in order. */
  kk: string[];
  label: string;
  /** Where the Latin and translated renderings are (text.json). */
  textHref: string;
}

const markOf = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>("a[data-term]") : null;

function link(e: PointerEvent | FocusEvent) {
  const mark = markOf(e.target);
  const column = mark?.closest("[data-col]");
  const row = column?.closest("[data-row]");
  if (!mark || !column || !row) return;
  const others = `[data-col]:not([data-col="${column.getAttribute("data-col")}"]) a[data-term="${CSS.escape(mark.dataset.term ?? "")}"]`;
  for (const other of row.querySelectorAll(others)) other.setAttribute("data-linked", "");
}

function unlink(e: PointerEvent | FocusEvent) {
  const row = markOf(e.target)?.closest("[data-row]");
  for (const linked of row?.querySelectorAll("[data-linked]") ?? []) linked.removeAttribute("data-linked");
}

export function ArticleText({ kk, label, textHref }: Props) {
  const { view } = useView();
  const [texts, setTexts] = useState<ArticleTexts | null>(null);
  const wanted = (view.with !== null || view.script === "latn") && texts === null;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    fetch(textHref)
      .then((response) => (response.ok ? (response.json() as Promise<ArticleTexts>) : Promise.reject(new Error(String(response.status)))))
      .then((loaded) => live && setTexts(loaded))
      .catch(() => {}); // The Kazakh text stays readable alone; the next choice of a view retries.
    return () => {
      live = false;
    };
  }, [wanted, textHref]);
  // Once the URL has been read, scroll to the paragraph its fragment names (which may only
  // exist once a translation column is there).
  const ready = !wanted;
  useEffect(() => {
    if (!view.synced || !view.target || !ready) return;
    const id = view.target.lang === "kk" ? `p${view.target.n}` : `p${view.target.n}-${view.target.lang}`;
    document.getElementById(id)?.scrollIntoView({ block: "center" });
  }, [view.synced, view.target, ready]);

  const parallel = view.with !== null && texts !== null ? view.with : null;
  const latin = view.script === "latn" && texts !== null;
  return (
    <section
      aria-label={label}
      className={styles.text}
      data-parallel={parallel ?? undefined}
      data-synced={view.synced ? "" : undefined}
      onPointerOver={parallel ? link : undefined}
      onPointerOut={parallel ? unlink : undefined}
      onFocus={parallel ? link : undefined}
      onBlur={parallel ? unlink : undefined}
    >
      {kk.map((cyrillic, i) => {
        const n = i + 1;
        const isTarget = view.target?.n === n;
        // With a fragment, the concordance's term is highlighted in its paragraph only.
        const hl = view.hl && (isTarget || !view.target) ? view.hl : null;
        const shown = (html: string) => (!view.marking ? unmarkHtml(html) : hl ? highlightHtml(html, hl) : html);
        return (
          <div key={n} className={styles.row} data-row="" data-target={isTarget ? "" : undefined}>
            <p
              id={`p${n}`}
              lang={latin ? "kk-Latn" : "kk"}
              data-col="kk"
              className={styles.column}
              dangerouslySetInnerHTML={{ __html: shown(latin ? (texts.latn[i] ?? "") : cyrillic) }}
            />
            {parallel ? (
              <p
                id={`p${n}-${parallel}`}
                lang={parallel}
                data-col={parallel}
                className={styles.column}
                dangerouslySetInnerHTML={{ __html: shown(texts?.[parallel][i] ?? "") }}
              />
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
