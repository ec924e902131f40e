// The entry's concordance as a translator reads it: each occurrence as the Kazakh sentence beside
// the same paragraph's Russian and English, the term marked in each (kk | ru | en, stacked on a
// narrow screen), grouped by article, each language linking to that paragraph of the article; a
// translation the article does not have yet is said to be absent.
// One page at a time, filtered by article and Kazakh form, with the counts of each form; all of
// it links and a GET form, so it works without JavaScript.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Article } from "@/lib/articles/parse";
import type { Excerpt, Triple } from "@/lib/concordance/aligned";
import { occurrenceHref } from "@/lib/concordance/occurrences";
import { PageMoved, Pager } from "@/components/layout/pager";
import { concordanceHref, PAGE_SIZES, selectPage, type ConcordanceLink, type ConcordanceParams } from "@/lib/concordance/page";
import { isLang, LANGS, type Lang } from "@/lib/glossary/schema";
import styles from "./entry.module.css";
import fields from "@/components/forms/form-fields.module.css";

interface Props {
  locale: string;
  /** The entry page's path, which every page and filter link keeps. */
  path: string;
  triples: readonly Triple[];
  params: ConcordanceParams;
  articles: readonly Article[];
}

export async function Concordance({ locale, path, triples, params, articles }: Props) {
  const t = await getTranslations("Entry");
  if (triples.length === 0) {
    return (
      <section id="occurrences" aria-labelledby="occurrences-title" className={styles.concordance}>
        <h2 id="occurrences-title">{t("occurrences")}</h2>
        <p>{t("occurrenceCount", { count: 0 })}</p>
      </section>
    );
  }
  const view = selectPage(triples, params);
  const titleLang = isLang(locale) ? locale : "kk";
  const titleOf = (slug: string) => {
    const article = articles.find((a) => a.slug === slug);
    return (article?.[titleLang] ?? article?.kk)?.meta.title ?? slug;
  };
  const filters: ConcordanceLink = { article: params.article, form: params.form, per: params.per };
  const href = (link: ConcordanceLink) => concordanceHref(path, link);
  const filtered = params.article !== "" || params.form !== "";

  // Consecutive triples of one article under one heading, numbered as in the whole list.
  const groups: { slug: string; start: number; triples: Triple[] }[] = [];
  view.triples.forEach((triple, i) => {
    const last = groups.at(-1);
    if (last?.slug === triple.slug) last.triples.push(triple);
    else groups.push({ slug: triple.slug, start: view.first + i, triples: [triple] });
  });

  return (
    <section id="occurrences" aria-labelledby="occurrences-title" className={styles.concordance}>
      <h2 id="occurrences-title">{t("occurrences")}</h2>
      {/* Keyed by the filters: after a link followed in the browser, the choices shown are the new ones. */}
      <form key={`${params.article}\n${params.form}\n${params.per}`} method="get" action={`${path}#occurrences`} className={styles.filters}>
        <fieldset className={fields.row}>
          <legend>{t("concFilter")}</legend>
          <FilterSelect
            name="article"
            label={t("concArticle")}
            value={params.article}
            all={t("concAllArticles", { count: view.articles.reduce((sum, a) => sum + a.count, 0) })}
            options={view.articles.map((a) => ({ value: a.slug, label: titleOf(a.slug), count: a.count }))}
          />
          <FilterSelect
            name="form"
            label={t("concForm")}
            value={params.form}
            all={t("concAllForms")}
            options={view.forms.map((f) => ({ value: f.form, label: f.form, count: f.count }))}
            optionsLang="kk"
            locale={locale}
          />
          <div className={fields.field}>
            <label htmlFor="conc-per">{t("concPer")}</label>
            <select id="conc-per" name="per" defaultValue={String(params.per)}>
              {PAGE_SIZES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={fields.button}>{t("concApply")}</button>
          {filtered && (
            <Link href={href({ per: params.per })} prefetch={false}>
              {t("concClear")}
            </Link>
          )}
        </fieldset>
      </form>

      {view.forms.length > 0 && (
        <p className={styles.forms}>
          {t("concForms")}{" "}
          {view.forms.map((f, i) => (
            <span key={f.form}>
              {i > 0 && ", "}
              <Link
                href={href({ ...filters, form: f.form })}
                prefetch={false}
                lang="kk"
                aria-current={f.form === params.form ? "true" : undefined}
              >
                {t("concFormCount", { form: f.form, count: f.count })}
              </Link>
            </span>
          ))}
        </p>
      )}

      <p className={fields.status}>
        {view.total === 0
          ? t("concNone")
          : filtered
            ? t("concShowingFiltered", { first: view.first, last: view.last, total: view.total, all: view.all })
            : t("concShowing", { first: view.first, last: view.last, total: view.total })}
      </p>
      {view.moved && view.total > 0 && (
        <PageMoved asked={params.pageText} page={view.page} pages={view.pages} className={fields.status} />
      )}
      {view.total === 0 && (
        <p>
          <Link href={href({ per: params.per })} prefetch={false}>
            {t("concClear")}
          </Link>
        </p>
      )}

      {groups.map((group) => (
        <section key={`${group.slug}-${group.start}`} aria-labelledby={`in-${group.slug}`}>
          <h3 id={`in-${group.slug}`}>{t("inArticle", { title: titleOf(group.slug) })}</h3>
          <ol className={styles.triples} start={group.start}>
            {group.triples.map((triple, i) => (
              <li key={i}>
                <div className={styles.triple}>
                  {LANGS.map((lang) => (
                    <Side key={lang} locale={locale} lang={lang} triple={triple} />
                  ))}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}

      <Pager label={t("concPages")} page={view.page} pages={view.pages} href={(n) => concordanceHref(path, { ...filters, page: n })} />
    </section>
  );
}

interface FilterSelectProps {
  name: "article" | "form";
  label: string;
  /** The value asked for, shown chosen even when it matches nothing (as a last option counted 0). */
  value: string;
  /** The label of the empty choice: no filter. */
  all: string;
  options: { value: string; label: string; count: number }[];
  /** The language of the options' labels (the Kazakh forms), when it is not the interface's. */
  optionsLang?: Lang;
  locale?: string;
}

async function FilterSelect({ name, label, value, all, options, optionsLang, locale }: FilterSelectProps) {
  const t = await getTranslations("Entry");
  const id = `conc-${name}`;
  const choices = value && !options.some((o) => o.value === value) ? [...options, { value, label: value, count: 0 }] : options;
  return (
    <div className={fields.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value} lang={optionsLang}>
        <option value="" lang={optionsLang && locale}>
          {all}
        </option>
        {choices.map((o) => (
          <option key={o.value} value={o.value}>
            {t("concOption", { label: o.label, count: o.count })}
          </option>
        ))}
      </select>
    </div>
  );
}

async function Side({ locale, lang, triple }: { locale: string; lang: Lang; triple: Triple }) {
  const t = await getTranslations("Entry");
  const names = await getTranslations("Term");
  const excerpt: Excerpt | null = triple[lang];
  if (excerpt === null) {
    return (
      <div className={styles.side} data-lang={lang} data-absent="">
        <p className={styles.note}>{t("concAbsent", { lang })}</p>
      </div>
    );
  }
  const target = { slug: triple.slug, lang, paragraph: triple.paragraph, termId: triple.termId };
  return (
    <div className={styles.side} data-lang={lang}>
      <p lang={lang} className={styles.sentence}>
        {excerpt.runs.map((run, i) => (run.marked ? <mark key={i}>{run.text}</mark> : run.text))}
      </p>
      {!excerpt.found && <p className={styles.note}>{t("concNotFound")}</p>}
      <Link href={occurrenceHref(locale, target)} className={styles.where}>
        {t("occurrenceLink", { lang: names(lang), n: triple.paragraph })}
      </Link>
    </div>
  );
}
