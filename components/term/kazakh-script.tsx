"use client";
// Which script the reader wants Kazakh in, for every place that shows Kazakh text: an article's
// paragraphs, its title and term list, a term's card (heading, grammar line, definition), the
// glossary's search results, the reader's own texts, the review cards and the flashcards. The
// choice is the reader's, kept in the browser (localStorage) whichever page it was made on; an
// article's address may also name it (?script=latn) and then wins for that page. A page that
// knows its script (the article, from its view) provides it with <KazakhScriptProvider>; any
// other component reads the stored choice through useKazakhScript(). Which language is shown in
// the chosen script, and how, is its descriptor's (lib/languages/writing.ts: its transliteration).
import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";
import { ORIGINAL_LANG } from "@/lib/languages/codes";
import type { ScriptCode, Writing } from "@/lib/languages/types";
import { shownIn, WRITINGS } from "@/lib/languages/writing";
import { isReaderScript, type ReaderScript } from "@/lib/reader/urls";

/** The reader's choice of script: "latn" reads the languages that have a Latin transliteration in it. */
export type KazakhScript = ReaderScript;

const KEY = "zan-reader:script";
/** Fired on this page when the choice changes ("storage" events tell only the other tabs). */
const CHANGED = "zan-reader:script-changed";

/** The stored choice, or null when the reader has not made one (or storage is off). */
export function readStoredScript(): KazakhScript | null {
  try {
    const value = window.localStorage.getItem(KEY);
    return isReaderScript(value) ? value : null;
  } catch {
    return null;
  }
}

/** Keeps the reader's choice for the next pages and visits. */
export function storeScript(script: KazakhScript): void {
  try {
    window.localStorage.setItem(KEY, script);
  } catch {
    // Storage refused (private mode, full): the choice lasts for this page only.
  }
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(onChange: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === KEY || e.key === null) onChange();
  };
  window.addEventListener("storage", onStorage);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onStorage);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** The stored choice (Cyrillic when none); Cyrillic while rendering on the server. */
export function useStoredScript(): KazakhScript {
  return useSyncExternalStore(subscribe, () => readStoredScript() ?? "cyrl", () => "cyrl");
}

const ScriptContext = createContext<KazakhScript | null>(null);

export function KazakhScriptProvider({ script, children }: { script: KazakhScript; children: ReactNode }) {
  return <ScriptContext.Provider value={script}>{children}</ScriptContext.Provider>;
}

/** The script Kazakh is shown in here: the page's own (an article's view), else the stored choice. */
export function useKazakhScript(): KazakhScript {
  const given = useContext(ScriptContext);
  const stored = useStoredScript();
  return given ?? stored;
}

const SCRIPT_CODE: Record<KazakhScript, ScriptCode> = { cyrl: "Cyrl", latn: "Latn" };

/**
 * How to show text of a language, and its lang attribute, in the reader's script: through the
 * language's transliteration when it has one into that script (Kazakh in Latin), else as written.
 */
export function showIn(script: KazakhScript, lang: string, writings: readonly Writing[] = WRITINGS): { show: (text: string) => string; tag: string } {
  return shownIn(SCRIPT_CODE[script], lang, writings);
}

/** showIn with the reader's script here. */
export const useShowIn = (lang: string): { show: (text: string) => string; tag: string } => showIn(useKazakhScript(), lang);

/** How to show a piece of the original (Kazakh) text in the reader's script. */
export const showKazakhIn = (script: KazakhScript): ((text: string) => string) => showIn(script, ORIGINAL_LANG).show;

export function useShowKazakh(): (text: string) => string {
  return showKazakhIn(useKazakhScript());
}

/** The lang attribute of the original (Kazakh) text in that script. */
export const kazakhLangTag = (script: KazakhScript): string => showIn(script, ORIGINAL_LANG).tag;
