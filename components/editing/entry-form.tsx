// The editing form of one entry (/{locale}/glossary/new and /{locale}/glossary/{id}/edit): every
// field of the entry, the three languages side by side; beside each field the problems `glossary
// check` finds in it, in the interface language, as the editor types; beside the form the preview
// of where the entry would be marked. Saving sends the entry with the version it was loaded at:
// a save from another tab in between is refused, never overwritten.
"use client";
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { deriveId } from "@/lib/glossary/derive-id";
import { LANGS, type Lang } from "@/lib/glossary/langs";
import { DOMAINS, PARTS_OF_SPEECH, STATUSES, TERM_TYPES } from "@/lib/glossary/values";
import { dataOf, emptyVariant, moved, type FormBlock, type FormState, type FormVariant } from "@/lib/editing/form-state";
import { isErrorAnswer, isSaveAnswer, type ProblemAnswer } from "@/lib/contracts/edit-answers";
import { usePreview } from "./use-preview";
import { PreviewPanel } from "./preview-panel";
import { RelatedPicker } from "./related-picker";
import { FieldProblems } from "./field-problems";
import styles from "./editing.module.css";

type Saved = { state: "idle" } | { state: "saving" } | { state: "saved"; created: boolean } | { state: "conflict"; message: string } | { state: "refused"; message: string };

/** `names`: the three terms of the entries the file relates to (related-picker.tsx shows them beside the ids). */
export function EntryForm({ initial, version: loadedVersion, isNew, names = {} }: { initial: FormState; version: string | null; isNew: boolean; names?: Record<string, string> }) {
  const t = useTranslations("Editing");
  const glossary = useTranslations("Glossary");
  const locale = useLocale();
  const [form, setForm] = useState(initial);
  // A new entry stays new until its first save; then the form edits the file it wrote.
  const [creating, setCreating] = useState(isNew);
  const [idTouched, setIdTouched] = useState(!isNew || initial.id !== "");
  const [version, setVersion] = useState(loadedVersion);
  const [saved, setSaved] = useState<Saved>({ state: "idle" });
  const [saveProblems, setSaveProblems] = useState<ProblemAnswer[] | undefined>(undefined);
  const data = useMemo(() => dataOf(form), [form]);
  const preview = usePreview(data, version, locale);
  const problems = saveProblems ?? (preview.state === "ready" ? preview.answer.problems : []);

  const update = (change: (form: FormState) => FormState) => {
    setSaveProblems(undefined);
    if (saved.state === "saved") setSaved({ state: "idle" });
    setForm((current) => {
      const next = change(current);
      // A new entry's id follows its English term until the editor writes one.
      return creating && !idTouched ? { ...next, id: deriveId(next.blocks.en.term) } : next;
    });
  };
  const setBlock = (lang: Lang, change: (block: FormBlock) => FormBlock) => update((f) => ({ ...f, blocks: { ...f.blocks, [lang]: change(f.blocks[lang]) } }));

  // What the form holds now, to tell whether a save's answer is still about it.
  const current = useRef("");
  useEffect(() => {
    current.current = JSON.stringify(data);
  }, [data]);

  const save = async () => {
    setSaved({ state: "saving" });
    const sent = JSON.stringify(data);
    const response = await fetch(`/api/entries/${encodeURIComponent(form.id)}?locale=${encodeURIComponent(locale)}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...data, version }),
    }).catch(() => undefined);
    const answer: unknown = response ? await response.json().catch(() => undefined) : undefined;
    // Problems of what was sent, if the form still holds it (an edit since makes the preview check again).
    const stillSame = current.current === sent;
    if (response && (response.status === 200 || response.status === 201) && isSaveAnswer(answer)) {
      setVersion(answer.version);
      if (stillSame) setSaveProblems(answer.problems);
      setSaved({ state: "saved", created: response.status === 201 });
      if (creating) {
        setCreating(false);
        setIdTouched(true);
        window.history.replaceState(null, "", `/${locale}/glossary/${answer.id}/edit`);
      }
      return;
    }
    if (response?.status === 422 && answer && typeof answer === "object" && Array.isArray((answer as { problems?: unknown }).problems)) {
      if (stillSame) setSaveProblems((answer as { problems: ProblemAnswer[] }).problems);
      setSaved({ state: "refused", message: t("notSaved") });
      return;
    }
    const message = isErrorAnswer(answer) ? answer.error : t("saveFailed", { status: response?.status ?? 0 });
    setSaved(response?.status === 409 ? { state: "conflict", message } : { state: "refused", message });
  };

  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.length - errors.length;
  const problemsAt = (field: string) => problems.filter((p) => p.field === field);
  const fieldProblems = (field: string, id: string) => <FieldProblems id={id} problems={problemsAt(field)} />;

  const ids = useFieldIds();
  const idField = (
    <div className={styles.field}>
      <label htmlFor={ids("id")}>{t("id")}</label>
      <input
        id={ids("id")}
        value={form.id}
        readOnly={!creating}
        aria-describedby={`${ids("id")}-hint ${ids("id")}-problems`}
        onChange={(e) => {
          setIdTouched(true);
          update((f) => ({ ...f, id: e.target.value }));
        }}
        spellCheck={false}
        autoComplete="off"
      />
      <p id={`${ids("id")}-hint`} className={styles.hint}>
        {creating ? t("idHintNew") : t("idHintEdit")}
      </p>
      {fieldProblems("id", `${ids("id")}-problems`)}
    </div>
  );

  const body = (
    <>
      <fieldset className={styles.group}>
        <legend>{t("general")}</legend>
        {idField}
        <div className={styles.field}>
          <label htmlFor={ids("status")}>{t("status")}</label>
          <select id={ids("status")} value={form.status} aria-describedby={`${ids("status")}-problems`} onChange={(e) => update((f) => ({ ...f, status: e.target.value }))}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
          {fieldProblems("status", `${ids("status")}-problems`)}
        </div>
        <fieldset className={styles.checks} aria-describedby={`${ids("domains")}-problems`}>
          <legend>{t("domains")}</legend>
          {[...DOMAINS, ...form.domains.filter((d) => !(DOMAINS as readonly string[]).includes(d))].map((d) => (
            <label key={d} className={styles.check}>
              <input
                type="checkbox"
                checked={form.domains.includes(d)}
                onChange={(e) => update((f) => ({ ...f, domains: e.target.checked ? [...f.domains, d] : f.domains.filter((x) => x !== d) }))}
              />
              {(DOMAINS as readonly string[]).includes(d) ? glossary(`domains.${d as (typeof DOMAINS)[number]}`) : d}
            </label>
          ))}
          {fieldProblems("domains", `${ids("domains")}-problems`)}
        </fieldset>
      </fieldset>

      <div className={styles.languages}>
        {LANGS.map((lang) => (
          <LanguageBlock key={lang} lang={lang} block={form.blocks[lang]} onChange={(change) => setBlock(lang, change)} problemsAt={problemsAt} ids={ids} />
        ))}
      </div>

      <fieldset className={styles.group}>
        <legend>{t("sources")}</legend>
        <p className={styles.hint} id={`${ids("sources")}-hint`}>
          {t("sourcesHint")}
        </p>
        <ol className={styles.list}>
          {form.sources.map((source, i) => (
            <li key={i} className={styles.row}>
              <label className={styles.visuallyHidden} htmlFor={ids(`sources.${i}`)}>
                {t("source", { n: i + 1 })}
              </label>
              <textarea
                id={ids(`sources.${i}`)}
                className={styles.wide}
                rows={2}
                value={source}
                aria-describedby={`${ids("sources")}-hint ${ids(`sources.${i}`)}-problems`}
                // A source is one line (an act's title): Enter does not break it.
                onKeyDown={(e) => {
                  if (e.key === "Enter") e.preventDefault();
                }}
                onChange={(e) => update((f) => ({ ...f, sources: f.sources.map((s, j) => (j === i ? e.target.value : s)) }))}
              />
              <button type="button" onClick={() => update((f) => ({ ...f, sources: f.sources.filter((_, j) => j !== i) }))}>
                {t("remove")}
                <span className={styles.visuallyHidden}> {t("source", { n: i + 1 })}</span>
              </button>
              {fieldProblems(`sources.${i}`, `${ids(`sources.${i}`)}-problems`)}
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => update((f) => ({ ...f, sources: [...f.sources, ""] }))}>
          {t("addSource")}
        </button>
        {fieldProblems("sources", `${ids("sources")}-problems`)}
      </fieldset>

      <fieldset className={styles.group}>
        <legend>{t("related")}</legend>
        <RelatedPicker
          related={form.related}
          names={names}
          self={form.id}
          onChange={(related) => update((f) => ({ ...f, related }))}
          problemsOf={(i) => problemsAt(`related.${i}`)}
        />
        {fieldProblems("related", `${ids("related")}-problems`)}
      </fieldset>
    </>
  );

  // Problems on no field the form shows (the whole file, a block as a whole) are listed at the top.
  const shown = shownFields(form);
  const elsewhere = problems.filter((p) => !shown.has(p.field));

  return (
    <div className={styles.editor}>
      <form
        className={styles.form}
        aria-labelledby="entry-form-title"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h1 id="entry-form-title">{isNew ? t("newTitle") : t("editTitle", { id: form.id })}</h1>
        <p role="status" className={styles.summary}>
          {saveProblems === undefined && preview.state === "failed" && preview.current
            ? t("checkFailed", { status: preview.status })
            : saveProblems === undefined && (preview.state === "waiting" || !preview.current)
              ? t("checking")
              : problems.length === 0
                ? t("noProblems")
                : t("problemCount", { errors: errors.length, warnings })}
        </p>
        {elsewhere.length > 0 && <FieldProblems id="entry-problems" problems={elsewhere} />}
        {body}
        <div className={styles.actions}>
          <button type="submit" className={styles.primary} disabled={saved.state === "saving" || form.id === ""}>
            {saved.state === "saving" ? t("saving") : t("save")}
          </button>
          <SaveOutcome saved={saved} id={form.id} locale={locale} />
        </div>
      </form>
      <PreviewPanel preview={preview} locale={locale} />
    </div>
  );
}

function SaveOutcome({ saved, id, locale }: { saved: Saved; id: string; locale: string }) {
  const t = useTranslations("Editing");
  let content: ReactNode = null;
  if (saved.state === "saved") {
    content = (
      <>
        {saved.created ? t("created") : t("saved")} <a href={`/${locale}/glossary/${id}`}>{t("viewEntry")}</a> · <a href={`/${locale}/glossary/changes`}>{t("changesLink")}</a>
      </>
    );
  } else if (saved.state === "conflict") {
    content = (
      <>
        {saved.message} <a href={`/${locale}/glossary/${id}/edit`}>{t("reload")}</a>
      </>
    );
  } else if (saved.state === "refused") content = saved.message;
  return (
    <p role="status" className={saved.state === "conflict" || saved.state === "refused" ? styles.refused : styles.outcome}>
      {content}
    </p>
  );
}

/** The fields beside which the form shows problems (the rest are listed at its top). */
function shownFields(form: FormState): Set<string> {
  const fields = ["id", "status", "domains", "sources", "related", ...form.sources.map((_, i) => `sources.${i}`), ...form.related.map((_, i) => `related.${i}`)];
  for (const lang of LANGS) {
    fields.push(lang, ...["term", "type", "pos", "variants", "definition", "note"].map((f) => `${lang}.${f}`));
    form.blocks[lang].variants.forEach((_, i) => fields.push(...["", ".term", ".status", ".type", ".pos"].map((f) => `${lang}.variants.${i}${f}`)));
  }
  return new Set(fields);
}

/** Stable, unique ids for the form's fields (labels and descriptions point at them). */
function useFieldIds(): (field: string) => string {
  const base = useId();
  return (field) => `${base}-${field.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}

function LanguageBlock({
  lang,
  block,
  onChange,
  problemsAt,
  ids,
}: {
  lang: Lang;
  block: FormBlock;
  onChange: (change: (block: FormBlock) => FormBlock) => void;
  problemsAt: (field: string) => ProblemAnswer[];
  ids: (field: string) => string;
}) {
  const t = useTranslations("Editing");
  const at = (field: string) => `${lang}.${field}`;
  const problemList = (field: string) => <FieldProblems id={`${ids(at(field))}-problems`} problems={problemsAt(at(field))} />;
  const setVariant = (i: number, change: (v: FormVariant) => FormVariant) => onChange((b) => ({ ...b, variants: b.variants.map((v, j) => (j === i ? change(v) : v)) }));
  const described = (field: string) => `${ids(at(field))}-problems`;
  return (
    <fieldset className={styles.language} lang={lang}>
      <legend>{t(`languages.${lang}`)}</legend>
      <FieldProblems id={`${ids(lang)}-problems`} problems={problemsAt(lang)} />
      <div className={styles.field}>
        <label htmlFor={ids(at("term"))}>{t("term")}</label>
        <input id={ids(at("term"))} value={block.term} aria-describedby={described("term")} onChange={(e) => onChange((b) => ({ ...b, term: e.target.value }))} autoComplete="off" />
        {problemList("term")}
      </div>
      <div className={styles.pair}>
        <TypeSelect id={ids(at("type"))} value={block.type} describedBy={described("type")} onChange={(type) => onChange((b) => ({ ...b, type }))} />
        <PosSelect id={ids(at("pos"))} value={block.pos} describedBy={described("pos")} onChange={(pos) => onChange((b) => ({ ...b, pos }))} />
      </div>
      {problemList("type")}
      {problemList("pos")}
      <fieldset className={styles.variants}>
        <legend>{t("variants")}</legend>
        <ol className={styles.list}>
          {block.variants.map((variant, i) => {
            const field = `variants.${i}`;
            return (
              <li key={variant.key} className={styles.variant}>
                <label htmlFor={ids(at(field))}>{t("variant", { n: i + 1 })}</label>
                <input id={ids(at(field))} value={variant.term} aria-describedby={`${described(field)} ${described(`${field}.term`)}`} onChange={(e) => setVariant(i, (v) => ({ ...v, term: e.target.value }))} autoComplete="off" />
                <div className={styles.pair}>
                  <div className={styles.field}>
                    <label htmlFor={ids(at(`${field}.status`))}>{t("usage")}</label>
                    <select
                      id={ids(at(`${field}.status`))}
                      value={variant.status}
                      aria-describedby={described(`${field}.status`)}
                      onChange={(e) => setVariant(i, (v) => ({ ...v, status: e.target.value === "deprecated" ? "deprecated" : "admitted" }))}
                    >
                      <option value="admitted">{t("usages.admitted")}</option>
                      <option value="deprecated">{t("usages.deprecated")}</option>
                    </select>
                  </div>
                  <TypeSelect id={ids(at(`${field}.type`))} value={variant.type} describedBy={described(`${field}.type`)} onChange={(type) => setVariant(i, (v) => ({ ...v, type }))} />
                  <PosSelect id={ids(at(`${field}.pos`))} value={variant.pos} describedBy={described(`${field}.pos`)} onChange={(pos) => setVariant(i, (v) => ({ ...v, pos }))} />
                </div>
                {problemList(`${field}.status`)}
                {problemList(`${field}.type`)}
                {problemList(`${field}.pos`)}
                <div className={styles.rowButtons}>
                  <button type="button" disabled={i === 0} onClick={() => onChange((b) => ({ ...b, variants: moved(b.variants, i, i - 1) }))}>
                    {t("moveUp")}
                    <span className={styles.visuallyHidden}> {t("variant", { n: i + 1 })}</span>
                  </button>
                  <button type="button" disabled={i === block.variants.length - 1} onClick={() => onChange((b) => ({ ...b, variants: moved(b.variants, i, i + 1) }))}>
                    {t("moveDown")}
                    <span className={styles.visuallyHidden}> {t("variant", { n: i + 1 })}</span>
                  </button>
                  <button type="button" onClick={() => onChange((b) => ({ ...b, variants: b.variants.filter((_, j) => j !== i) }))}>
                    {t("remove")}
                    <span className={styles.visuallyHidden}> {t("variant", { n: i + 1 })}</span>
                  </button>
                </div>
                {problemList(field)}
                {problemList(`${field}.term`)}
              </li>
            );
          })}
        </ol>
        <button type="button" onClick={() => onChange((b) => ({ ...b, variants: [...b.variants, emptyVariant()] }))}>
          {t("addVariant")}
        </button>
        {problemList("variants")}
      </fieldset>
      <div className={styles.field}>
        <label htmlFor={ids(at("definition"))}>{t("definition")}</label>
        <textarea id={ids(at("definition"))} rows={4} value={block.definition} aria-describedby={described("definition")} onChange={(e) => onChange((b) => ({ ...b, definition: e.target.value }))} />
        {problemList("definition")}
      </div>
      <div className={styles.field}>
        <label htmlFor={ids(at("note"))}>{t("note")}</label>
        <textarea id={ids(at("note"))} rows={2} value={block.note} aria-describedby={described("note")} onChange={(e) => onChange((b) => ({ ...b, note: e.target.value }))} />
        {problemList("note")}
      </div>
    </fieldset>
  );
}

/** A closed list's select (a term's type, its part of speech); a value the list lacks is shown as the file has it. */
function ChoiceSelect({
  id,
  label,
  value,
  choices,
  name,
  onChange,
  describedBy,
}: {
  id: string;
  label: string;
  value: string;
  choices: readonly string[];
  name: (choice: string) => string;
  onChange: (value: string) => void;
  describedBy?: string;
}) {
  const t = useTranslations("Editing");
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t("notSaid")}</option>
        {/* A value the schema does not know stays as the file has it, and check reports it. */}
        {value !== "" && !choices.includes(value) && <option value={value}>{value}</option>}
        {choices.map((x) => (
          <option key={x} value={x}>
            {name(x)}
          </option>
        ))}
      </select>
    </div>
  );
}

type SelectProps = { id: string; value: string; onChange: (value: string) => void; describedBy?: string };

function TypeSelect(props: SelectProps) {
  const t = useTranslations("Editing");
  return <ChoiceSelect {...props} label={t("termType")} choices={TERM_TYPES} name={(x) => t(`termTypes.${x as (typeof TERM_TYPES)[number]}`)} />;
}

function PosSelect(props: SelectProps) {
  const t = useTranslations("Editing");
  return <ChoiceSelect {...props} label={t("pos")} choices={PARTS_OF_SPEECH} name={(x) => t(`partsOfSpeech.${x as (typeof PARTS_OF_SPEECH)[number]}`)} />;
}
