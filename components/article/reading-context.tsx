"use client";
// Shares the reading options (reading-options.ts: what the reader chose to see; not the article
// view lib/reader builds) between the article's text, its controls and its term list, the
// heading and the term cards (which get its script through KazakhScriptProvider). The
// page stays static: the server renders the default options and <ReadingFromUrl> applies the URL's
// choices (and the reader's stored script) in the browser.
import { createContext, startTransition, useContext, useEffect, useState, type Dispatch, type ReactNode, type SetStateAction } from "react";
import { useSearchParams } from "next/navigation";
import { KazakhScriptProvider, readStoredScript, storeScript, type KazakhScript } from "@/components/term/kazakh-script";
import { changeReaderSearch, parseTarget } from "@/lib/reader/urls";
import { DEFAULT_READING, readingFromUrl, type ReadingOptions } from "./reading-options";

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

/** Reads the query and fragment; render it inside <Suspense> (it needs the browser's URL). */
export function ReadingFromUrl() {
  // Typed nullable because pages/ exists (for the API alone); never null on these pages.
  const params = useSearchParams();
  const { setView } = useReading();
  useEffect(() => {
    // A transition: re-rendering a long text for a translation column must not block input.
    startTransition(() => setView((v) => ({ ...v, ...readingFromUrl(params?.toString() ?? "", window.location.hash, readStoredScript()), synced: true })));
  }, [params, setView]);
  useEffect(() => {
    const onHash = () => setView((v) => ({ ...v, target: parseTarget(window.location.hash) }));
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [setView]);
  return null;
}
