"use client";
// Where a <TermCardsProvider> gets its card layer (Radix and the card bodies, term-card-layer.tsx):
// a chunk of its own, kept out of the scripts the page starts with, and fetched as soon as the
// browser is idle after hydration, so the first term the reader points at or taps opens at once.
// It is not a React.lazy component under <Suspense>: React holds back content revealed by a
// Suspense boundary for up to 300 ms, which made the first card of a page noticeably late.
// Until it has arrived a term's card waits to open; if it fails (the network is gone), the next
// term the reader opens tries again.
import { useCallback, useEffect, useState } from "react";

export type CardLayer = typeof import("./term-card-layer").default;

// One load per page, shared by every provider on it.
let loaded: CardLayer | null = null;
let loading: Promise<CardLayer> | null = null;

function loadCardLayer(): Promise<CardLayer> {
  loading ??= import("./term-card-layer").then(
    (module) => (loaded = module.default),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Runs `task` once the browser has nothing else to do (soon, where it cannot tell); returns the cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(task, { timeout: 3000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, 200);
  return () => window.clearTimeout(id);
}

export interface CardLayerState {
  /** The layer component, or null until it has loaded. */
  Layer: CardLayer | null;
  /** Whether the last attempt to load it failed. */
  failed: boolean;
  /** Starts loading it if it is neither loaded nor loading (after a failure: again). */
  load: () => void;
}

export function useCardLayer(): CardLayerState {
  // The component is kept as a one-element state object: a function given to setState would be called.
  const [state, setState] = useState<{ Layer: CardLayer | null; failed: boolean }>(() => ({ Layer: loaded, failed: false }));
  const load = useCallback(() => {
    if (loaded) {
      const Layer = loaded;
      setState((cur) => (cur.Layer ? cur : { Layer, failed: false }));
      return;
    }
    setState((cur) => (cur.failed ? { Layer: null, failed: false } : cur));
    loadCardLayer().then(
      (Layer) => setState({ Layer, failed: false }),
      () => setState({ Layer: null, failed: true }),
    );
  }, []);
  useEffect(() => (loaded ? undefined : whenIdle(load)), [load]);
  return { ...state, load };
}
