// How each content language is written: its script and, where the reader may choose another,
// its transliteration. The writing part of each descriptor (lib/languages/index.ts spreads
// these into kk, ru and en), kept apart so that code bound for the browser (the reader's script,
// components/term/kazakh-script.tsx) reads the descriptors without pulling in the morphology.
import { toLatin } from "@/lib/translit";
import type { Lang } from "./codes";
import type { ScriptCode, Writing } from "./types";

export const kazakhWriting = {
  code: "kk",
  script: "Cyrl",
  transliteration: { script: "Latn", tag: "kk-Latn", write: toLatin },
} as const satisfies Writing<"kk">;
export const russianWriting = { code: "ru", script: "Cyrl" } as const satisfies Writing<"ru">;
export const englishWriting = { code: "en", script: "Latn" } as const satisfies Writing<"en">;

/** The content languages' writing, in CONTENT_LANGUAGES' order. */
export const WRITINGS: readonly Writing<Lang>[] = [kazakhWriting, russianWriting, englishWriting];

/**
 * How to show text of `code` when the reader reads in `script`: through its transliteration when
 * that is the script asked for and not its own, else as written; with the lang attribute of what
 * is shown. A code without a descriptor is shown as written, tagged with its code.
 */
export function shownIn(script: ScriptCode, code: string, writings: readonly Writing[] = WRITINGS): { show: (text: string) => string; tag: string } {
  const writing = writings.find((w) => w.code === code);
  const t = writing?.transliteration;
  if (writing && t && t.script === script && writing.script !== script) return { show: t.write, tag: t.tag };
  return { show: asWritten, tag: code };
}

const asWritten = (text: string) => text;
