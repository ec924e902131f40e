"use client";
// Shares the reading options (reading-options.ts: what the reader chose to see; not the article
// view lib/reader builds) between the article's text, its controls and its term list, the
// heading and the term cards (which get its script through KazakhScriptProvider). The
// page stays static: the server renders the default options and <ReadingFromUrl> applies the URL's
// choices (and the reader's stored script) in the browser.
import { createContext, startTransition, useContext, useEffect, useState, type Dispatch, type ReactNode, type SetStateAction } from "react";
import { useSearchParams } from "next/navigation";
import { KazakhScriptProvider, readStoredScript, storeScript, type KazakhScript } from "@/components/term/kazakh-script";
import { isTranslationLang } from "@/lib/languages/codes";
import { changeReaderSearch } from "@/lib/reader/urls";
import { DEFAULT_READING, readingFromUrl, type ReadingOptions, type WithLang } from "./reading-options";

const ReadingContext = createContext<{ view: ReadingOptions; setView: Dispatch<SetStateAction<ReadingOptions>> }>({
  view: DEFAULT_READING,
  setView: () => {},
});

export function ReadingProvider({ children }: { children: ReactNode }) {
  const [view, setView] = useState(DEFAULT_READING);
  return (
    <ReadingContext.Provider value={{ view, setView }}>
      <KazakhScriptProvider script={view.script}>{children}</KazakhScriptProvider>
    </ReadingContext.Provider>
  );
}

export const useReading = () => useContext(ReadingContext);

/**
 * Turns term marking on or off, and writes the choice into the address (`?marks=off`) like the
 * other view settings, so that a reload or a shared link keeps it.
 */
export function useSetMarking(): (marking: boolean) => void {
  const { setView } = useReading();
  return (marking) => {
    setView((v) => ({ ...v, marking }));
    const search = changeReaderSearch(window.location.search, { marking });
    window.history.replaceState(window.history.state, "", `${window.location.pathname}${search}${window.location.hash}`);
  };
}

/**
 * Shows Kazakh in a script at once and keeps the choice as the reader's for every page
 * (kazakh-script.tsx): applied here too, since the link of the stored script may be the page's
 * own address.
 */
export function useSetScript(): (script: KazakhScript) => void {
  const { setView } = useReading();
  return (script) => {
    storeScript(script);
    setView((v) => ({ ...v, script }));
  };
}

/** The translations named by a comma-joined list; every one when there is no list. */
const available = (joined: string | undefined): readonly WithLang[] | undefined =>
  joined === undefined ? undefined : joined.split(",").filter(isTranslationLang);

/**
 * Reads the query and fragment; render it inside <Suspense> (it needs the browser's URL).
 * `translations`: the ones the text has; a translation the address asks for that it lacks reads as none.
 */
export function ReadingFromUrl({ translations }: { translations?: readonly WithLang[] }) {
  // Typed nullable because pages/ exists (for the API alone); never null on these pages.
  const params = useSearchParams();
  const { setView } = useReading();
  // The effects depend on the list's contents, not on the array handed down.
  const has = translations?.join(",");
  useEffect(() => {
    // A transition: re-rendering a long text for a translation column must not block input.
    startTransition(() => setView((v) => ({ ...v, ...readingFromUrl(params?.toString() ?? "", window.location.hash, readStoredScript(), available(has)), synced: true })));
  }, [params, setView, has]);
  useEffect(() => {
    const onHash = () => setView((v) => ({ ...v, target: readingFromUrl("", window.location.hash, null, available(has)).target }));
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [setView, has]);
  return null;
}
