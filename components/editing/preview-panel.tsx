// The preview beside the editing form: where the entry would be marked in the articles (each
// place with its sentence, the form found and its grammar, and a link to it in the reader), the
// marks it would take from other entries, the forms the engine accepts for its terms, and the
// words that begin like it but will not be marked.
"use client";
import { useTranslations } from "next-intl";
import type { Lang } from "@/lib/glossary/langs";
import { LANGS } from "@/lib/glossary/langs";
import { readerHref } from "@/lib/reader/urls";
import type { EditPreviewAnswer } from "@/lib/contracts/edit-answers";
import { GrammarLine } from "@/components/term/grammar-line";
import type { PreviewState } from "./use-preview";
import styles from "./editing.module.css";

/** Characters of the paragraph shown on each side of the form. */
const CONTEXT = 70;

export function PreviewPanel({ preview, locale }: { preview: PreviewState; locale: string }) {
  const t = useTranslations("Editing");
  return (
    <section className={styles.preview} aria-labelledby="preview-title" aria-busy={preview.state === "waiting" || !preview.current}>
      <h2 id="preview-title">{t("previewTitle")}</h2>
      {preview.state === "waiting" && <p>{t("previewWaiting")}</p>}
      {preview.state === "failed" && <p className={styles.refused}>{t("previewFailed", { status: preview.status })}</p>}
      {preview.state === "ready" && <PreviewBody answer={preview.answer} locale={locale} />}
    </section>
  );
}

function PreviewBody({ answer, locale }: { answer: EditPreviewAnswer; locale: string }) {
  const t = useTranslations("Editing");
  const languages = useTranslations("Editing.languages");
  const grammar = useTranslations("Grammar");
  const byLang = (lang: Lang) => answer.occurrences.filter((o) => o.lang === lang);
  return (
    <>
      <h3>{t("occurrences", { count: answer.occurrences.length })}</h3>
      {answer.truncated && <p>{t("truncated", { count: answer.occurrences.length })}</p>}
      {answer.occurrences.length === 0 && <p>{t("noOccurrences")}</p>}
      {LANGS.filter((lang) => byLang(lang).length > 0).map((lang) => (
        <section key={lang} aria-label={languages(lang)}>
          <h4>
            {languages(lang)} ({byLang(lang).length})
          </h4>
          <ol className={styles.occurrences}>
            {byLang(lang).map((o, i) => (
              <li key={i} data-article={o.article} data-form={o.form}>
                <a href={readerHref(locale, { slug: o.article, with: lang === "kk" ? null : lang, target: { n: o.paragraph, lang } })}>
                  {o.title}, ¶{o.paragraph}
                </a>
                <p lang={lang} className={styles.context}>
                  {o.start > CONTEXT ? "…" : ""}
                  {o.text.slice(Math.max(0, o.start - CONTEXT), o.start)}
                  <mark>{o.form}</mark>
                  {o.text.slice(o.end, o.end + CONTEXT)}
                  {o.end + CONTEXT < o.text.length ? "…" : ""}
                </p>
                {o.grammar && (
                  <p className={styles.grammar}>
                    <GrammarLine analysis={o.grammar} lang={lang} />
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}

      <h3>{t("taken", { count: answer.takenFrom.length })}</h3>
      {answer.takenFrom.length === 0 ? (
        <p>{t("noneTaken")}</p>
      ) : (
        <ul className={styles.plain}>
          {answer.takenFrom.map((m, i) => (
            <li key={i} lang={m.lang}>
              {t("takenLine", { form: m.form, text: m.text, entry: m.termId, paragraph: m.paragraph, article: m.article })}
            </li>
          ))}
        </ul>
      )}

      <h3>{t("paradigmTitle")}</h3>
      <p className={styles.hint}>{t("paradigmHint")}</p>
      {LANGS.map((lang) => {
        const forms = answer.paradigm.filter((f) => f.lang === lang);
        if (forms.length === 0) return null;
        return (
          <details key={lang} className={styles.paradigm} open={lang === "kk"}>
            <summary>{t("paradigmCount", { lang: languages(lang), count: forms.length })}</summary>
            <ul lang={lang}>
              {forms.map((f) => (
                <li key={f.form} title={f.suffixes.map((s) => grammar(s)).join(" + ") || undefined}>
                  {f.form}
                </li>
              ))}
            </ul>
          </details>
        );
      })}

      <h3>{t("unmatchedTitle")}</h3>
      {answer.unmatched.length === 0 ? (
        <p>{t("noUnmatched")}</p>
      ) : (
        <>
          <p className={styles.hint}>{t("unmatchedHint")}</p>
          <ul className={styles.words}>
            {answer.unmatched.map((w) => (
              <li key={`${w.lang}:${w.word}`} lang={w.lang}>
                {w.word} <span className={styles.count}>×{w.count}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
