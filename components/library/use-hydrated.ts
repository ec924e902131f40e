"use client";
// True once the page has hydrated: controls that do nothing without JavaScript (opening a file,
// the library, the reading options of one's own text, the flashcards made in the browser) are
// rendered only then, so the no-JavaScript page shows none that cannot work.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export const useHydrated = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
