"use client";
// The reading options: translation beside the text, Kazakh script (plain links, so each view has
// its own address; the script is also remembered for the next pages) and a switch that turns
// term marking off for plain reading (kept in the address too, as ?marks=off). Only the
// translations the article has are offered; without any, there is no translation choice at all.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import type { KazakhScript } from "@/components/term/kazakh-script";
import { useSetMarking, useSetScript, useReading } from "./reading-context";
import type { TranslationLang } from "@/lib/languages/codes";
import { changeReaderSearch, parseReaderQuery, type ReaderSettings } from "@/lib/reader/urls";
import styles from "./reading-controls.module.css";
import bar from "@/components/layout/view-controls.module.css";

/** The message that names a translation option: withRu, withEn. */
const withLabel = (lang: TranslationLang) => `with${lang.charAt(0).toUpperCase()}${lang.slice(1)}` as `with${Capitalize<TranslationLang>}`;

interface ControlsProps {
  /** The page's query, which the options' links keep. */
  query: string;
  /** The translations the article has, in the content languages' order. */
  translations: readonly TranslationLang[];
}

export function ReadingControls({ query, translations }: ControlsProps) {
  const t = useTranslations("Article");
  const pathname = usePathname() ?? "";
  const { view } = useReading();
  const setMarking = useSetMarking();
  const setScript = useSetScript();
  const chooseScript = (script: KazakhScript) => () => setScript(script);
  // A translation asked for that the article lacks is not written again into the links.
  const asked = parseReaderQuery(query, "").with;
  const kept = asked !== null && translations.includes(asked) ? asked : null;
  // An option's link: this page's address with that setting, the highlight (?hl) dropped.
  const option = (change: Partial<ReaderSettings>, active: boolean, label: string, onClick?: () => void) => (
    <Link key={JSON.stringify(change)} href={`${pathname}${changeReaderSearch(query, { with: kept, ...change, hl: null })}`} onClick={onClick} scroll={false} prefetch={false} aria-current={active ? "true" : undefined} className={styles.option}>
      {label}
    </Link>
  );
  return (
    <div className={bar.controls} role="group" aria-label={t("controls")} data-view-controls="">
      {translations.length > 0 ? (
        <div className={styles.group} role="group" aria-label={t("translation")}>
          {option({ with: null }, view.with === null, t("withNone"))}
          {translations.map((lang) => option({ with: lang }, view.with === lang, t(withLabel(lang))))}
        </div>
      ) : null}
      <div className={styles.group} role="group" aria-label={t("script")}>
        {/* The script chosen here is the reader's for every page (kazakh-script.tsx). */}
        {option({ script: null }, view.script === "cyrl", t("cyrillic"), chooseScript("cyrl"))}
        {option({ script: "latn" }, view.script === "latn", t("latin"), chooseScript("latn"))}
      </div>
      <button
        type="button"
        className={bar.switch}
        aria-pressed={view.marking}
        onClick={() => setMarking(!view.marking)}
      >
        {t("marking")}
      </button>
    </div>
  );
}

/** The controls with the URL's own query kept in their links; render inside <Suspense>. */
export function ReadingControlsFromUrl({ translations }: { translations: readonly TranslationLang[] }) {
  const params = useSearchParams();
  return <ReadingControls query={params?.toString() ?? ""} translations={translations} />;
}
