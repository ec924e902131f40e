"use client";
// Text of a saved term in its own language: Kazakh in the reader's script (with the matching
// lang tag), Russian and English as they are. The review page's cards and list use it for the
// form met, its sentence and the source's title.
import { kazakhLangTag, showKazakhIn, useKazakhScript } from "@/components/term/kazakh-script";
import type { Lang } from "@/lib/glossary/langs";

/** How to show text of this language here, and its lang attribute. */
export function useShowIn(lang: Lang): { show: (text: string) => string; tag: string } {
  const script = useKazakhScript();
  return lang === "kk" ? { show: showKazakhIn(script), tag: kazakhLangTag(script) } : { show: (text) => text, tag: lang };
}
