// Related entries, chosen by search: the chosen ones as a list (each removable), and a search
// field whose results (GET /api/search, the glossary page's own search) add an entry on a click.
"use client";
import { useEffect, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { isSearchResponse } from "@/lib/contracts/search-response";
import type { ResultRow } from "@/lib/search/result-row";
import type { ProblemAnswer } from "@/lib/contracts/edit-answers";
import { FieldProblems } from "./field-problems";
import styles from "./editing.module.css";

export function RelatedPicker({
  related,
  names: known,
  self,
  onChange,
  problemsOf,
}: {
  related: readonly string[];
  /** The entries' three terms by id, as far as known (those added here join them). */
  names: Record<string, string>;
  self: string;
  onChange: (related: string[]) => void;
  problemsOf: (index: number) => ProblemAnswer[];
}) {
  const t = useTranslations("Editing");
  const id = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<ResultRow[]>([]);
  const [names, setNames] = useState(known);
  useEffect(() => {
    if (query.trim() === "") return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/search?q=${encodeURIComponent(query)}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : undefined))
        .then((answer: unknown) => setResults(isSearchResponse(answer) ? answer.results.slice(0, 8) : []))
        .catch(() => undefined);
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  // An emptied search field shows no results (the last answer is kept for the next query).
  const shownResults = query.trim() === "" ? [] : results;
  return (
    <div>
      {related.length === 0 ? (
        <p>{t("noRelated")}</p>
      ) : (
        <ul className={styles.list}>
          {related.map((entry, i) => (
            <li key={entry + i} className={styles.row}>
              <span>
                <code>{entry}</code>
                {names[entry] && <span lang="kk"> {names[entry]}</span>}
              </span>
              <button type="button" onClick={() => onChange(related.filter((_, j) => j !== i))}>
                {t("remove")}
                <span className={styles.visuallyHidden}> {entry}</span>
              </button>
              <FieldProblems id={`${id}-related-${i}`} problems={problemsOf(i)} />
            </li>
          ))}
        </ul>
      )}
      <div className={styles.field}>
        <label htmlFor={`${id}-search`}>{t("relatedSearch")}</label>
        <input id={`${id}-search`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      </div>
      {shownResults.length > 0 && (
        <ul className={styles.results} aria-label={t("relatedResults")}>
          {shownResults
            .filter((row) => row.id !== self && !related.includes(row.id))
            .map((row) => (
              <li key={row.id}>
                <button
                  type="button"
                  onClick={() => {
                    setNames((n) => ({ ...n, [row.id]: `${row.kk} — ${row.ru} — ${row.en}` }));
                    onChange([...related, row.id]);
                  }}
                >
                  {t("relatedAdd", { term: `${row.kk} — ${row.ru} — ${row.en}` })}
                </button>
              </li>
            ))}
        </ul>
      )}
    </div>
  );
}
