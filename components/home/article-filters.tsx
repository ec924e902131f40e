// The home page's filters: a plain GET form (title, source, year, domain of the terms), so it
// works without JavaScript; each choice shows how many articles it has.
import { useTranslations } from "next-intl";
import type { Facet } from "@/lib/articles/list";
import type { ArticleFilters as Filters } from "@/lib/articles/list";
import styles from "./article-list.module.css";
import fields from "@/components/forms/form-fields.module.css";

interface Props {
  filters: Filters;
  sources: Facet[];
  years: Facet[];
  domains: Facet[];
  /** The domain choices' labels, in the interface language. */
  domainLabel: (domain: string) => string;
}

export function ArticleFilters({ filters, sources, years, domains, domainLabel }: Props) {
  const t = useTranslations("Home");
  const select = (name: "source" | "year" | "domain", label: string, all: string, facets: Facet[], labelOf: (v: string) => string = (v) => v) => {
    // A value asked for that no article has stays chosen, counted 0, so the form says what it shows.
    const choices = filters[name] && !facets.some((f) => f.value === filters[name]) ? [...facets, { value: filters[name], count: 0 }] : facets;
    return (
      <div className={fields.field}>
        <label htmlFor={`articles-${name}`}>{label}</label>
        <select id={`articles-${name}`} name={name} defaultValue={filters[name]}>
          <option value="">{all}</option>
          {choices.map((f) => (
            <option key={f.value} value={f.value}>
              {t("option", { label: labelOf(f.value), count: f.count })}
            </option>
          ))}
        </select>
      </div>
    );
  };
  return (
    <form method="get" role="search" aria-label={t("filter")}>
      <fieldset className={`${fields.row} ${styles.filters}`}>
        <legend>{t("filter")}</legend>
        <div className={fields.field}>
          <label htmlFor="articles-q">{t("searchLabel")}</label>
          <input id="articles-q" className={styles.query} type="search" name="q" defaultValue={filters.q} autoComplete="off" spellCheck={false} />
        </div>
        {sources.length > 0 && select("source", t("sourceLabel"), t("allSources"), sources)}
        {years.length > 0 && select("year", t("yearLabel"), t("allYears"), years)}
        {domains.length > 0 && select("domain", t("domainLabel"), t("allDomains"), domains, domainLabel)}
        <button type="submit" className={fields.button}>{t("apply")}</button>
      </fieldset>
    </form>
  );
}
