"use client";
// The /annotate page's reader of one's own texts: paste a text or open a .txt/.md file, its
// language detected as it comes (the reader can choose another), and get it back marked and
// read like an article (annotate-output.tsx). Every text marked is kept in the reader's library
// in this browser (IndexedDB) and can be opened again, also by its address (?text={id}). The text
// goes to a server action by POST, so the form works without JavaScript too (then nothing is
// kept) and the text never appears in an address.
import {
  startTransition,
  useActionState,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ChangeEvent,
  type FormEvent,
} from "react";
import { useLocale, useTranslations } from "next-intl";
import { MAX_PAGE_TEXT_CHARS } from "@/lib/annotate-request/limits";
import { LANGS, type Lang } from "@/lib/glossary/langs";
import { detectLang } from "@/lib/text/detect-lang";
import { saveText, useLearner } from "@/components/learner/use-learner";
import type { OwnText } from "@/lib/learner/types";
import { LibraryList } from "@/components/library/library-list";
import { readTextFile, type FileProblem } from "@/components/library/read-file";
import { storeProblem } from "@/components/library/store-problem";
import { newTextId } from "@/components/library/text-id";
import { titleOf } from "@/components/library/title";
import { useHydrated } from "@/components/library/use-hydrated";
import { AnnotateOutput } from "./annotate-output";
import { INITIAL_STATE, type AnnotateState } from "./state";
import { ProblemMessage } from "./problem-message";
import styles from "./annotate.module.css";

const DETECTED = { kk: "detectedKk", ru: "detectedRu", en: "detectedEn" } as const;

/** The page's address with ?text= set to the text shown (or removed), other parameters kept. */
function showInAddress(id: string | null) {
  const params = new URLSearchParams(window.location.search);
  if (id) params.set("text", id);
  else params.delete("text");
  const query = params.toString();
  window.history.replaceState(window.history.state, "", `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`);
}

/** The library text the address names (?text={id}), read in the browser. */
const textInAddress = (): string | null => new URLSearchParams(window.location.search).get("text");
/** The address is read again after each render of the page; nothing to subscribe to. */
const subscribeToNothing = () => () => {};

/**
 * limitHint: the limit worded on the server. Formatted in the browser, the number could differ
 * (Chromium without Kazakh number data writes 50,000 where the server writes 50 000) and break
 * hydration.
 */
/** The server action that marks a text (the page passes it: components do not import app/). */
export type AnnotateAction = (previous: AnnotateState, form: FormData) => Promise<AnnotateState>;

export function AnnotateForm({ limitHint, annotateText }: { limitHint: string; annotateText: AnnotateAction }) {
  const t = useTranslations("Annotate");
  const lib = useTranslations("Library");
  const names = useTranslations("Term");
  const locale = useLocale();
  const hydrated = useHydrated();
  const learner = useLearner();
  const [state, action, pending] = useActionState(annotateText, INITIAL_STATE);

  const [text, setText] = useState(state.text);
  /** The language the reader chose by hand for this text; null while the detected one applies. */
  const [chosen, setChosen] = useState<Lang | null>(state.text ? state.lang : null);
  const deferred = useDeferredValue(text);
  // Only a confident guess is applied (and said); else the reader's choice, or Kazakh, stands.
  const detected = useMemo(() => {
    const guess = deferred.trim() ? detectLang(deferred) : null;
    return guess?.confident ? guess.lang : null;
  }, [deferred]);
  const lang: Lang = chosen ?? detected ?? state.lang;

  const [tooLong, setTooLong] = useState<number | null>(null);
  const [fileProblem, setFileProblem] = useState<FileProblem | null>(null);
  const [status, setStatus] = useState("");
  const [storeMessage, setStoreMessage] = useState<string | null>(null);
  const [notFound, setNotFound] = useState(false);
  /** The result is put away by "New text" until the next one comes. */
  const [hidden, setHidden] = useState(false);
  /** A library text the reader deleted while it was shown: no longer the current one. */
  const [forgotten, setForgotten] = useState<string | null>(null);
  /** The library text being opened (sent to be marked by the effect below), and whether to focus it. */
  const [opening, setOpening] = useState<{ own: OwnText; focus: boolean } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusResult = useRef(false);

  const texts = learner.data?.texts;
  const dispatch = useCallback(
    (fields: { text: string; lang: Lang; id: string }) => {
      const form = new FormData();
      form.set("text", fields.text);
      form.set("lang", fields.lang);
      form.set("id", fields.id);
      startTransition(() => action(form));
    },
    [action],
  );

  // Checked here as well as on the server, so a huge paste is refused before it is sent. With
  // JavaScript the form is sent from here, with the id the text has (or gets) in the library.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFileProblem(null);
    if (text.length > MAX_PAGE_TEXT_CHARS) {
      setTooLong(text.length);
      return;
    }
    setTooLong(null);
    const kept = texts?.find((own) => own.text === text);
    setHidden(false);
    setStoreMessage(null);
    dispatch({ text, lang, id: kept?.id ?? newTextId() });
  };

  // A result for a text: keep it in the library (unless it is there as it is) and name it in the
  // address. Waits for the library to load, so a renamed title is never overwritten.
  const handled = useRef<AnnotateState>(INITIAL_STATE);
  useEffect(() => {
    if (handled.current === state || learner.status === "loading") return;
    handled.current = state;
    if (!state.result || state.problem || !state.id) return;
    const id = state.id;
    showInAddress(id);
    if (focusResult.current) {
      focusResult.current = false;
      heading.current?.focus();
    }
    if (learner.status !== "ready") return;
    const kept = texts?.find((own) => own.id === id);
    if (kept && kept.text === state.text && kept.lang === state.lang) return;
    const now = new Date().toISOString();
    const own: OwnText = {
      id,
      title: kept?.title ?? titleOf(state.text),
      text: state.text,
      lang: state.lang,
      createdAt: kept?.createdAt ?? now,
      updatedAt: now,
    };
    saveText(own).then(
      () => setStatus(lib("saved")),
      (error: unknown) => setStoreMessage(storeProblem(error, lib)),
    );
  }, [state, learner.status, texts, lib]);

  const open = (own: OwnText, focus: boolean) => {
    setText(own.text);
    setChosen(own.lang);
    setTooLong(null);
    setFileProblem(null);
    setNotFound(false);
    setStatus("");
    setStoreMessage(null);
    setHidden(false);
    setOpening({ own, focus });
  };
  const sent = useRef<typeof opening>(null);
  useEffect(() => {
    if (!opening || sent.current === opening) return;
    sent.current = opening;
    focusResult.current = opening.focus;
    dispatch({ text: opening.own.text, lang: opening.own.lang, id: opening.own.id });
  }, [opening, dispatch]);

  // An address naming a text (?text={id}: a reload, or the review page's link) opens it once the
  // library is loaded. After a client-side navigation (the review page's link) the router writes
  // the new address only once the page has rendered, so it is read as an outside store.
  // (useSyncExternalStore reads it again once the page has committed, and renders again if the
  // address changed meanwhile.)
  const requested = useSyncExternalStore(subscribeToNothing, textInAddress, () => null);
  const [openedFromAddress, setOpenedFromAddress] = useState<string | null>(null);
  // The text whose result is shown is not a request to open it again: the page wrote that
  // address itself (opening it would send the text a second time, or say "not found" before the
  // library has saved it).
  if (requested !== null && requested !== openedFromAddress && requested !== state.id && learner.status !== "loading") {
    setOpenedFromAddress(requested);
    const own = texts?.find((t) => t.id === requested);
    if (own) open(own, false);
    else setNotFound(true);
  }

  const onText = (e: ChangeEvent<HTMLTextAreaElement>) => {
    setText(e.target.value);
    if (e.target.value.trim() === "") setChosen(null);
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.target;
    const file = input.files?.[0];
    // The same file can be chosen again (after fixing it, say).
    input.value = "";
    if (!file) return;
    const read = await readTextFile(file, MAX_PAGE_TEXT_CHARS);
    if (!read.ok) {
      setFileProblem(read.problem);
      setStatus("");
      return;
    }
    setFileProblem(null);
    setTooLong(null);
    setText(read.text);
    setChosen(null);
    setStatus(t("fileOpened", { name: read.name }));
  };

  const newText = () => {
    setText("");
    setChosen(null);
    setTooLong(null);
    setFileProblem(null);
    setStatus("");
    setHidden(true);
    showInAddress(null);
    document.getElementById("annotate-text")?.focus();
  };

  const onDeleted = (id: string) => {
    if (id !== current) return;
    setForgotten(id);
    showInAddress(null);
  };

  const problem = tooLong !== null ? { code: "tooLong" as const, length: tooLong, max: MAX_PAGE_TEXT_CHARS } : hidden ? undefined : state.problem;
  const showResult = !hidden && !problem && !fileProblem && state.result;
  const current = showResult && state.id && state.id !== forgotten ? state.id : null;
  const title = (state.id && texts?.find((own) => own.id === state.id)?.title) || titleOf(state.text);
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);

  return (
    <>
      <form action={action} onSubmit={onSubmit} className={styles.form}>
        <label htmlFor="annotate-text">{t("textLabel")}</label>
        <textarea
          id="annotate-text"
          name="text"
          rows={10}
          value={text}
          onChange={onText}
          aria-describedby="annotate-limit"
          aria-invalid={problem || fileProblem ? true : undefined}
        />
        <p id="annotate-limit" className={styles.hint}>
          {limitHint}
        </p>
        {hydrated && (
          <div className={styles.file}>
            <input id="annotate-file" type="file" accept=".txt,.md,text/plain,text/markdown" onChange={onFile} aria-describedby="annotate-file-hint" />
            <label htmlFor="annotate-file">{t("openFile")}</label>
            <span id="annotate-file-hint" className={styles.hint}>
              {t("fileHint")}
            </span>
          </div>
        )}
        <fieldset className={styles.langs} aria-describedby={detected ? "annotate-detected" : undefined}>
          <legend>{t("langLegend")}</legend>
          {LANGS.map((option) => (
            <label key={option}>
              <input type="radio" name="lang" value={option} checked={lang === option} onChange={() => setChosen(option)} /> {names(option)}
            </label>
          ))}
        </fieldset>
        <p id="annotate-detected" className={styles.detected} aria-live="polite">
          {detected ? t(DETECTED[detected]) : ""}
        </p>
        <div className={styles.actions}>
          <button type="submit" disabled={pending}>
            {pending ? t("working") : t("submit")}
          </button>
          {hydrated && (text !== "" || showResult) ? (
            <button type="button" onClick={newText}>
              {t("newText")}
            </button>
          ) : null}
        </div>
      </form>
      <p role="status" className={styles.status}>
        {status}
      </p>
      {storeMessage && (
        <p role="alert" className={styles.problem}>
          {storeMessage}
        </p>
      )}
      {notFound && (
        <p role="alert" className={styles.problem}>
          {lib("notFound")}
        </p>
      )}
      {fileProblem && (
        <p role="alert" className={styles.problem}>
          {fileProblem.code === "fileTooLong"
            ? t("fileTooLong", { name: fileProblem.name, length: number(fileProblem.length), max: number(fileProblem.max) })
            : fileProblem.code === "fileTooLarge"
              ? t("fileTooLarge", { name: fileProblem.name, max: number(fileProblem.max) })
              : t(fileProblem.code, { name: fileProblem.name })}
        </p>
      )}
      {!fileProblem && problem && <ProblemMessage problem={problem} />}
      {showResult && state.result && (
        <AnnotateOutput lang={state.lang} result={state.result} source={{ id: state.id, title }} headingRef={heading} />
      )}
      {hydrated && <LibraryList current={current} onOpen={(own) => open(own, true)} onDeleted={onDeleted} />}
    </>
  );
}
