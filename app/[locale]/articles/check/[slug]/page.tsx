// /{locale}/articles/check/{slug}: an article folder checked while it is being added (editing mode
// only; a 404 otherwise): its problems with file and line, the original's paragraphs aligned with
// each translation's (a paragraph too many or too few shows where), and its coverage by the
// glossary with the phrases around legal words the glossary lacks. Read from the folder on each
// request, so saving a file and reloading shows the effect.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EditingBanner } from "@/components/editing/editing-banner";
import { LANGS, type Lang } from "@/lib/glossary/langs";
import { ORIGINAL_LANG } from "@/lib/languages/codes";
import type { Translate } from "@/lib/problem-messages";
import { problemMessage } from "@/lib/problem-messages";
import { readerHref } from "@/lib/reader/urls";
import { checkArticleFolder } from "@/server/editing/article-check";
import { editingPageOr404 } from "@/server/editing/pages";
import { EditingLocked } from "@/components/editing/editing-locked";
import styles from "@/components/editing/editing.module.css";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const dynamic = "force-dynamic";

/** Characters of a paragraph shown in the alignment. */
const EXCERPT = 140;
const excerpt = (text: string | undefined) => (text === undefined ? "" : text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("Editing");
  return { title: t("articleCheckTitle", { slug: (await params).slug }), robots: { index: false } };
}

export default async function ArticleCheckPage({ params }: Props) {
  if ((await editingPageOr404()) === "locked") return <EditingLocked />;
  const { slug } = await params;
  const check = checkArticleFolder(slug);
  if (!check) notFound();
  const t = await getTranslations("Editing");
  const all = await getTranslations();
  const words: Translate = (key, values) => all(key as Parameters<typeof all>[0], values as Parameters<typeof all>[1]);
  const locale = await getLocale();
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const name = (lang: Lang) => t(`languages.${lang}`);
  return (
    <>
      <EditingBanner />
      <h1>{t("articleCheckTitle", { slug })}</h1>
      {check.coverage && (
        <p>
          <a href={readerHref(locale, { slug })}>{t("openArticle")}</a>
        </p>
      )}
      <section aria-labelledby="article-problems">
        <h2 id="article-problems">{t("articleProblems", { count: check.problems.length })}</h2>
        {check.problems.length === 0 ? (
          <p>{t("noArticleProblems")}</p>
        ) : (
          <ul className={styles.problems}>
            {check.problems.map((p, i) => (
              <li key={i} className={p.severity === "error" ? styles.error : styles.warning} data-code={p.code}>
                <span className={styles.severity}>{p.severity === "error" ? t("error") : t("warning")}</span> {p.file}:{p.line} {problemMessage(p, words)}
              </li>
            ))}
          </ul>
        )}
      </section>
      {LANGS.filter((lang) => lang !== ORIGINAL_LANG).map((lang) => {
        const rows = check.alignment[lang];
        if (!rows) return null;
        return (
          <section key={lang} aria-labelledby={`align-${lang}`}>
            <h2 id={`align-${lang}`}>{t("alignWith", { original: name(ORIGINAL_LANG), translation: name(lang) })}</h2>
            <div className={styles.tableScroll}>
              <table className={styles.alignment}>
                <thead>
                  <tr>
                    <th scope="col">{name(ORIGINAL_LANG)}</th>
                    <th scope="col">{name(lang)}</th>
                    <th scope="col">{t("lengthRatio")}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, i) => (
                    <tr key={i} data-pair={row.original !== null && row.translation !== null ? "yes" : "no"} className={row.original === null || row.translation === null || !row.withinRatio ? styles.offRow : undefined}>
                      <td lang={ORIGINAL_LANG}>{row.original === null ? t("noParagraph") : `¶${row.original} ${excerpt(check.paragraphs[ORIGINAL_LANG][row.original - 1]?.text)}`}</td>
                      <td lang={lang}>{row.translation === null ? t("noParagraph") : `¶${row.translation} ${excerpt(check.paragraphs[lang][row.translation - 1]?.text)}`}</td>
                      <td>{row.ratio === null ? "—" : `${row.ratio.toFixed(2)}${row.withinRatio ? "" : ` ${t("ratioOutside")}`}`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
      <section aria-labelledby="article-coverage">
        <h2 id="article-coverage">{t("coverageTitle")}</h2>
        {!check.coverage ? (
          <p>{t("coverageLater")}</p>
        ) : (
          <ul>
            {check.coverage.map((c) => (
              <li key={c.lang} data-lang={c.lang}>
                {t("coverageLine", { lang: name(c.lang), share: percent.format(c.words > 0 ? c.coveredWords / c.words : 0), entries: c.terms.length, words: c.words })}{" "}
                <span lang={c.lang}>{c.terms.slice(0, 12).map((term) => `${term.id} ×${term.count}`).join(", ")}</span>
              </li>
            ))}
          </ul>
        )}
        <h3>{t("candidatesTitle")}</h3>
        {check.candidates.length === 0 ? (
          <p>{t("noCandidates")}</p>
        ) : (
          <ul lang="kk">
            {check.candidates.slice(0, 30).map((c) => (
              <li key={c.phrase}>
                {c.phrase} ×{c.count}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
