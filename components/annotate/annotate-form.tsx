"use client";
// The /annotate form: paste a text, pick its language, get it back with the glossary terms
// marked (the same marks and cards as in articles). Sent with POST through a server
// action, so it works without JavaScript too and the text never appears in an address.
import { useActionState, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { annotateText } from "@/app/[locale]/annotate/actions";
import { MAX_PAGE_TEXT_CHARS } from "@/lib/annotate-request/limits";
import { LANGS } from "@/lib/glossary/langs";
import { AnnotateOutput } from "./annotate-output";
import { INITIAL_STATE } from "./state";
import { ProblemMessage } from "./problem-message";
import styles from "./annotate.module.css";

/**
 * limitHint: the limit worded on the server. Formatted in the browser, the number could differ
 * (Chromium without Kazakh number data writes 50,000 where the server writes 50 000) and break
 * hydration.
 */
export function AnnotateForm({ limitHint }: { limitHint: string }) {
  const t = useTranslations("Annotate");
  const names = useTranslations("Term");
  const [state, action, pending] = useActionState(annotateText, INITIAL_STATE);
  const [tooLong, setTooLong] = useState<number | null>(null);

  // Checked here as well as on the server, so a huge paste is refused before it is sent.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const text = new FormData(event.currentTarget).get("text");
    const length = typeof text === "string" ? text.length : 0;
    if (length > MAX_PAGE_TEXT_CHARS) {
      event.preventDefault();
      setTooLong(length);
    } else {
      setTooLong(null);
    }
  };
  const problem = tooLong !== null ? { code: "tooLong" as const, length: tooLong, max: MAX_PAGE_TEXT_CHARS } : state.problem;

  return (
    <>
      <form action={action} onSubmit={onSubmit} className={styles.form}>
        <label htmlFor="annotate-text">{t("textLabel")}</label>
        <textarea
          id="annotate-text"
          name="text"
          rows={10}
          defaultValue={state.text}
          key={state.text}
          aria-describedby="annotate-limit"
          aria-invalid={problem ? true : undefined}
        />
        <p id="annotate-limit" className={styles.hint}>
          {limitHint}
        </p>
        <fieldset className={styles.langs}>
          <legend>{t("langLegend")}</legend>
          {LANGS.map((lang) => (
            <label key={lang}>
              <input type="radio" name="lang" value={lang} defaultChecked={state.lang === lang} key={`${lang}-${state.lang}`} />{" "}
              {names(lang)}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={pending}>
          {pending ? t("working") : t("submit")}
        </button>
      </form>
      {problem && <ProblemMessage problem={problem} />}
      {!problem && state.result && <AnnotateOutput lang={state.lang} result={state.result} />}
    </>
  );
}
