"use client";
// The reading options of one's own text: the Kazakh script (the text itself when it is Kazakh,
// and everywhere the page shows Kazakh: the title, the term lists, the cards) and a switch that
// turns term marking off for plain reading. The script is the reader's choice for every page
// (useSetScript); marking is kept like an article's (useSetMarking). Sticky, like the article's.
import { useTranslations } from "next-intl";
import type { KazakhScript } from "@/components/term/kazakh-script";
import { useSetMarking, useSetScript, useReading } from "@/components/article/reading-context";
import { useHydrated } from "./use-hydrated";
import styles from "./library.module.css";
import bar from "@/components/layout/view-controls.module.css";

export function ReaderControls() {
  const t = useTranslations("Article");
  const { view } = useReading();
  const setMarking = useSetMarking();
  const choose = useSetScript();
  const hydrated = useHydrated();
  const option = (script: KazakhScript, label: string) => (
    <button type="button" className={styles.option} aria-pressed={view.script === script} onClick={() => choose(script)}>
      {label}
    </button>
  );
  if (!hydrated) return null;
  return (
    <div className={bar.controls} role="group" aria-label={t("controls")} data-view-controls="">
      <div className={styles.group} role="group" aria-label={t("script")}>
        {option("cyrl", t("cyrillic"))}
        {option("latn", t("latin"))}
      </div>
      <button type="button" className={bar.switch} aria-pressed={view.marking} onClick={() => setMarking(!view.marking)}>
        {t("marking")}
      </button>
    </div>
  );
}
