// The check and the preview of the entry as the form holds it, asked of the server a moment after
// the editor stops typing (POST /api/entries/preview); an answer to an older state of the form is
// dropped when a newer one is on its way.
"use client";
import { useEffect, useRef, useState } from "react";
import type { EntryData } from "@/lib/editing/entry-file";
import type { EditPreviewAnswer } from "@/lib/contracts/edit-answers";
import { isEditPreviewAnswer } from "@/lib/contracts/edit-answers";

const PAUSE_MS = 350;

/** `current`: the answer is about what the form holds now (false while a newer check is on its way). */
export type PreviewState = { state: "waiting" } | { state: "ready"; answer: EditPreviewAnswer; current: boolean } | { state: "failed"; status: number; current: boolean };

type Answered = { state: "waiting" } | { state: "ready"; answer: EditPreviewAnswer; body: string } | { state: "failed"; status: number; body: string };

export function usePreview(data: EntryData, version: string | null, locale: string): PreviewState {
  const [preview, setPreview] = useState<Answered>({ state: "waiting" });
  const body = JSON.stringify({ ...data, version });
  const latest = useRef(0);
  useEffect(() => {
    const ask = ++latest.current;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/entries/preview?locale=${encodeURIComponent(locale)}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        signal: controller.signal,
      })
        .then(async (response) => {
          const answer: unknown = response.ok ? await response.json() : undefined;
          if (ask !== latest.current) return;
          setPreview(response.ok && isEditPreviewAnswer(answer) ? { state: "ready", answer, body } : { state: "failed", status: response.status, body });
        })
        .catch((error: unknown) => {
          if ((error as Error).name !== "AbortError" && ask === latest.current) setPreview({ state: "failed", status: 0, body });
        });
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [body, locale]);
  if (preview.state === "waiting") return preview;
  const { body: answered, ...rest } = preview;
  return { ...rest, current: answered === body };
}
