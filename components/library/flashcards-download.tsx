"use client";
// The flashcards of one's own text: an Anki CSV made here in the browser (nothing is sent), one
// card per entry with the sentence of its first occurrence in the text, the Kazakh side in the
// script the reader chose for flashcards (the learner's setting, also offered here).
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { updateSettings, useLearner } from "@/components/learner/use-learner";
import { downloadText } from "@/components/learner/download";
import type { KazakhScript } from "@/components/term/kazakh-script";
import type { AnnotateResult } from "@/components/annotate/state";
import { cardsToAnkiCsv, DEFAULT_DECK, type AnkiCard } from "@/lib/export/anki";
import { isLang, type Lang } from "@/lib/glossary/langs";
import { firstOccurrences } from "./first-sentences";
import { fileNamePart } from "./title";
import { useHydrated } from "./use-hydrated";
import styles from "./library.module.css";

/** The CSV of a text's flashcards: entries in the order they first occur. */
export function textFlashcardsCsv(result: AnnotateResult, lang: Lang, script: KazakhScript, definitionLang: string): string {
  const cards = firstOccurrences(result.paragraphs).flatMap(({ termId, sentence }): AnkiCard[] => {
    const entry = result.cards[termId];
    return entry ? [{ entry, sentence, sentenceLang: lang, source: { kind: "text" } }] : [];
  });
  return cardsToAnkiCsv(cards, { deck: DEFAULT_DECK, script, definitionLang: isLang(definitionLang) ? definitionLang : "en" });
}

/** A file name from the text's title: letters, digits and dashes only. */
export const flashcardsFileName = (title: string): string => `${fileNamePart(title)}-flashcards.csv`;

export function FlashcardsDownload({ result, lang, title }: { result: AnnotateResult; lang: Lang; title: string }) {
  const t = useTranslations("Library");
  const article = useTranslations("Article");
  const locale = useLocale();
  const { status, data } = useLearner();
  // The reader's choice here holds at once (the download uses it even before it is stored);
  // it is kept in the learner's settings, or for this page only without the browser's storage.
  const [chosen, setChosen] = useState<KazakhScript | null>(null);
  const script = chosen ?? data?.settings.flashcardScript ?? "cyrl";
  const hydrated = useHydrated();
  const choose = (next: KazakhScript) => {
    setChosen(next);
    if (status === "ready") void updateSettings({ flashcardScript: next }).catch(() => undefined);
  };
  if (!hydrated) return null;
  return (
    <p className={styles.flashcards}>
      <button type="button" onClick={() => downloadText(flashcardsFileName(title), "text/csv", textFlashcardsCsv(result, lang, script, locale))}>
        {t("flashcards")}
      </button>
      <label>
        {t("flashcardScript")}{" "}
        <select value={script} onChange={(e) => choose(e.target.value === "latn" ? "latn" : "cyrl")}>
          <option value="cyrl">{article("cyrillic")}</option>
          <option value="latn">{article("latin")}</option>
        </select>
      </label>
    </p>
  );
}
