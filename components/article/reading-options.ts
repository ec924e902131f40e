// How the reader wants the article shown, as the URL says: `?with=ru|en` (a translation beside
// the text), `?script=latn` (Kazakh in Latin letters; without it, the script the reader chose
// last, kept in the browser: kazakh-script.tsx), `?marks=off` (plain reading, no term marks),
// `?hl={termId}` with `#p{n}` or `#p{n}-{lang}` (a concordance line's target). The address format
// is lib/reader/urls.ts's, which the concordance and the saved terms' links build with and this
// page's controls change it with (changeReaderSearch). A translation the article does not have
// reads as none: `?with=ru` on an article without Russian shows the Kazakh text alone, and a
// fragment in it (#p3-ru) points at the Kazakh paragraph.
import { parseReaderQuery, type WithLang } from "@/lib/reader/urls";
import { ORIGINAL_LANG, TRANSLATION_LANGS } from "@/lib/languages/codes";
import type { Lang } from "@/lib/glossary/langs";
import type { KazakhScript } from "@/components/term/kazakh-script";

export type { KazakhScript, WithLang };

export interface ReadingOptions {
  with: WithLang | null;
  script: KazakhScript;
  hl: string | null;
  /** The paragraph the URL's fragment points at. */
  target: { n: number; lang: Lang } | null;
  marking: boolean;
  /** True once the URL has been read in the browser (the static HTML is the default view). */
  synced: boolean;
}

export const DEFAULT_READING: ReadingOptions = { with: null, script: "cyrl", hl: null, target: null, marking: true, synced: false };

/**
 * storedScript: the reader's last choice of script, used when the address names none;
 * translations: the ones the text has (by default every content language's).
 */
export function readingFromUrl(
  params: URLSearchParams | string,
  hash: string,
  storedScript: KazakhScript | null = null,
  translations: readonly WithLang[] = TRANSLATION_LANGS,
): Pick<ReadingOptions, "with" | "script" | "hl" | "target" | "marking"> {
  const asked = parseReaderQuery(params, hash);
  const has = (lang: Lang) => lang === ORIGINAL_LANG || (translations as readonly Lang[]).includes(lang);
  return {
    ...asked,
    with: asked.with !== null && has(asked.with) ? asked.with : null,
    target: asked.target && !has(asked.target.lang) ? { n: asked.target.n, lang: ORIGINAL_LANG } : asked.target,
    script: asked.script ?? storedScript ?? "cyrl",
  };
}

/**
 * The translation a paragraph's number shows under it: the interface's language, or Russian;
 * else the one the article has; null when it has none.
 */
export function revealLangFor(locale: string, translations: readonly WithLang[]): WithLang | null {
  const preferred: WithLang = locale === "en" ? "en" : "ru";
  return translations.includes(preferred) ? preferred : (translations[0] ?? null);
}
