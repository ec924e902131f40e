// A project glossary from one's own text, made in the browser from the annotate action's result
// (nothing more is sent anywhere): just the entries found in the text, each with the forms it
// took there and the sentences it occurred in, written by the same writers as the whole
// glossary's exports (lib/export) as TBX v3, CSV or JSON, to load into a CAT tool for the job.
// The forms and sentences are the text's own, as written: the segments are the text sent, never
// the Latin view's transliteration. Loaded only when the reader asks for the file.
import { glossaryToCsv } from "@/lib/export/csv";
import { glossaryToJson } from "@/lib/export/json";
import type { TextOccurrence, TextOccurrences } from "@/lib/export/occurrences";
import { glossaryToTbx } from "@/lib/export/tbx";
import type { Lang } from "@/lib/glossary/langs";
import type { GlossaryEntry } from "@/lib/glossary/schema";
import type { AnnotateResult } from "@/components/annotate/state";
import { allOccurrences } from "./first-sentences";
import { fileNamePart } from "./title";

export type ProjectFormat = "tbx" | "csv" | "json";

export interface ProjectGlossary {
  /** The entries found, in the order of the page's term list. */
  entries: GlossaryEntry[];
  occurrences: TextOccurrences;
}

/** The entries of the text with their occurrences, from the annotate result. */
export function projectGlossary(result: AnnotateResult, lang: Lang): ProjectGlossary {
  const entries = result.terms.flatMap(({ id }): GlossaryEntry[] => {
    const card = result.cards[id];
    const details = result.details[id];
    return card ? [{ ...card, sources: details?.sources ?? [], related: details?.related ?? [] }] : [];
  });
  const byEntry = new Map<string, TextOccurrence[]>();
  for (const { termId, paragraph, sentence } of allOccurrences(result.paragraphs)) {
    const card = result.cards[termId];
    if (!card) continue;
    const form = sentence.term;
    const occurrence: TextOccurrence = {
      form,
      name: result.details[termId]?.names[form] ?? card[lang].term,
      sentence: `${sentence.before}${form}${sentence.after}`.trim(),
      paragraph,
    };
    const list = byEntry.get(termId);
    if (list) list.push(occurrence);
    else byEntry.set(termId, [occurrence]);
  }
  return { entries, occurrences: { lang, of: (id) => byEntry.get(id) ?? [] } };
}

export interface ProjectFile {
  name: string;
  type: string;
  text: string;
  /** How many entries it holds. */
  entries: number;
}

/** `project-<title>.tbx`, with the title's letters and digits only. */
export const projectFileName = (title: string, format: ProjectFormat): string => `project-${fileNamePart(title)}.${format}`;

/** The title inside a TBX file. */
export const projectTitle = (title: string): string => `Zan Reader: project glossary of “${title.trim() || "text"}”`;

export function projectGlossaryFile(result: AnnotateResult, lang: Lang, title: string, format: ProjectFormat): ProjectFile {
  const { entries, occurrences } = projectGlossary(result, lang);
  const name = projectFileName(title, format);
  if (format === "tbx") {
    return { name, type: "application/x-tbx", text: glossaryToTbx(entries, { title: projectTitle(title), occurrences }), entries: entries.length };
  }
  if (format === "csv") return { name, type: "text/csv", text: glossaryToCsv(entries, { occurrences }), entries: entries.length };
  return { name, type: "application/json", text: glossaryToJson(entries, { occurrences }), entries: entries.length };
}
