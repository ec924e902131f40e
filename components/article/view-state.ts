// How the reader wants the article shown, as the URL says: `?with=ru|en` (a translation beside
// the text), `?script=latn` (Kazakh in Latin letters; without it, the script the reader chose
// last, kept in the browser: kazakh-script.tsx), `?marks=off` (plain reading, no term marks),
// `?hl={termId}` with `#p{n}` or `#p{n}-{lang}` (a concordance line's target).
import { isTranslationLang, ORIGINAL_LANG, type Lang, type TranslationLang } from "@/lib/languages/codes";
import type { Script } from "@/components/term/kazakh-script";

/** The translations that can be shown beside the text: the content languages but the original. */
export type WithLang = TranslationLang;
export type { Script };

export interface ViewState {
  with: WithLang | null;
  script: Script;
  hl: string | null;
  /** The paragraph the URL's fragment points at. */
  target: { n: number; lang: Lang } | null;
  marking: boolean;
  /** True once the URL has been read in the browser (the static HTML is the default view). */
  synced: boolean;
}

export const DEFAULT_VIEW: ViewState = { with: null, script: "cyrl", hl: null, target: null, marking: true, synced: false };

export function parseTarget(hash: string): ViewState["target"] {
  const match = /^#p(\d+)(?:-([a-z]+))?$/.exec(hash);
  if (!match) return null;
  const lang = match[2];
  if (lang === undefined) return { n: Number(match[1]), lang: ORIGINAL_LANG };
  return isTranslationLang(lang) ? { n: Number(match[1]), lang } : null;
}

/** storedScript: the reader's last choice of script, used when the address names none. */
export function viewFromUrl(
  params: URLSearchParams,
  hash: string,
  storedScript: Script | null = null,
): Pick<ViewState, "with" | "script" | "hl" | "target" | "marking"> {
  const w = params.get("with");
  const script = params.get("script");
  return {
    with: isTranslationLang(w) ? w : null,
    script: script === "latn" || script === "cyrl" ? script : (storedScript ?? "cyrl"),
    marking: params.get("marks") !== "off",
    hl: params.get("hl") || null,
    target: parseTarget(hash),
  };
}

/** The same page's query with one parameter set (or removed when value is null). */
export function withParam(params: URLSearchParams, name: string, value: string | null): string {
  const next = new URLSearchParams(params);
  if (value === null) next.delete(name);
  else next.set(name, value);
  next.delete("hl");
  const query = next.toString();
  return query ? `?${query}` : "";
}
