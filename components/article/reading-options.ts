// How the reader wants the article shown, as the URL says: `?with=ru|en` (a translation beside
// the text), `?script=latn` (Kazakh in Latin letters; without it, the script the reader chose
// last, kept in the browser: kazakh-script.tsx), `?marks=off` (plain reading, no term marks),
// `?hl={termId}` with `#p{n}` or `#p{n}-{lang}` (a concordance line's target). The address format
// is lib/reader/urls.ts's, which the concordance and the saved terms' links build with and this
// page's controls change it with (changeReaderSearch).
import { parseReaderQuery, type WithLang } from "@/lib/reader/urls";
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

/** storedScript: the reader's last choice of script, used when the address names none. */
export function readingFromUrl(
  params: URLSearchParams | string,
  hash: string,
  storedScript: KazakhScript | null = null,
): Pick<ReadingOptions, "with" | "script" | "hl" | "target" | "marking"> {
  const asked = parseReaderQuery(params, hash);
  return { ...asked, script: asked.script ?? storedScript ?? "cyrl" };
}
