"use client";
// The glossary's search form: a plain GET form (q, domain) that works without JavaScript, since
// the page renders results from its query, a page at a time with page links; with JavaScript
// the results follow the typing (their first page, fetched from /api/search), and the address
// keeps the query so it can be shared.
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { PageMoved, Pager } from "@/components/layout/pager";
import { expectContract } from "@/lib/contracts/guard";
import { isSearchResponse } from "@/lib/contracts/search-response";
import type { Domain } from "@/lib/glossary/schema";
import type { ResultRow } from "@/lib/search/result-row";
import { ResultList } from "./result-list";
import styles from "./search.module.css";
import fields from "@/components/forms/form-fields.module.css";

export interface GlossarySearchProps {
  /** The domains to filter by, passed in so the zod schema that declares them stays on the server. */
  domains: readonly Domain[];
  query: string;
  domain: string;
  /** The page's rows, and the number of results in all. */
  rows: ResultRow[];
  total: number;
  page: number;
  pages: number;
  /** The 1-based position of the page's first row (0 when there is none). */
  first: number;
  /** The page parameter as sent, when no such page exists and the nearest is shown. */
  moved?: string;
}

const DEBOUNCE_MS = 150;

function searchQuery(query: string, domain: string, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  if (query.trim()) params.set("q", query);
  if (domain) params.set("domain", domain);
  if (page > 1) params.set("page", String(page));
  return params;
}

const hrefOf = (params: URLSearchParams) => (params.size ? `?${params}` : "?");

export function GlossarySearch(initial: GlossarySearchProps) {
  const t = useTranslations("Glossary");
  const [query, setQuery] = useState(initial.query);
  const [domain, setDomain] = useState(initial.domain);
  const [found, setFound] = useState({ query: initial.query, domain: initial.domain, rows: initial.rows, total: initial.total, page: initial.page, pages: initial.pages, first: initial.first });
  const [pending, setPending] = useState(false);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const params = searchQuery(query, domain);
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setPending(true);
      try {
        const response = await fetch(`/api/search?${params}`, { signal: controller.signal });
        if (!response.ok) return;
        const body = expectContract(isSearchResponse, await response.json(), "/api/search");
        setFound({ query, domain, rows: body.results, total: body.total, page: body.page, pages: body.pages, first: body.results.length > 0 ? 1 : 0 });
        window.history.replaceState(null, "", params.size ? `?${params}` : window.location.pathname);
      } catch {
        // Aborted by newer typing, offline, or an answer not as /api/search promises: the results
        // shown stay, and the form still submits normally.
      } finally {
        if (!controller.signal.aborted) setPending(false);
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, domain]);

  const count = found.query.trim()
    ? t("countFor", { count: found.total, query: found.query.trim() })
    : t("count", { count: found.total });
  return (
    <>
      <form method="get" role="search" className={`${fields.row} ${styles.form}`}>
        <div className={fields.field}>
          <label htmlFor="glossary-q">{t("searchLabel")}</label>
          <input
            id="glossary-q"
            className={styles.query}
            type="search"
            name="q"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="glossary-q-hint"
          />
        </div>
        <div className={fields.field}>
          <label htmlFor="glossary-domain">{t("domainLabel")}</label>
          <select id="glossary-domain" name="domain" value={domain} onChange={(e) => setDomain(e.target.value)}>
            <option value="">{t("allDomains")}</option>
            {initial.domains.map((d) => (
              <option key={d} value={d}>
                {t(`domains.${d}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={fields.button}>{t("submit")}</button>
        <p id="glossary-q-hint" className={styles.hint}>
          {t("searchHint")}
        </p>
      </form>
      <p className={fields.status} role="status" aria-live="polite">
        {count}
        {found.pages > 1 && ` · ${t("showing", { first: found.first, last: found.first + found.rows.length - 1 })}`}
      </p>
      {initial.moved !== undefined && found.query === initial.query && <PageMoved asked={initial.moved} page={found.page} pages={found.pages} className={fields.status} />}
      <div aria-busy={pending}>
        <ResultList rows={found.rows} />
      </div>
      <Pager label={t("pages")} page={found.page} pages={found.pages} href={(n) => hrefOf(searchQuery(found.query, found.domain, n))} />
    </>
  );
}
