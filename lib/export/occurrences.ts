// What a project glossary adds to the exports: for each entry, where it occurred in the
// translator's own text — the form as written there, the glossary name that form reads as, the
// sentence around it and its paragraph. The writers (tbx.ts, csv.ts, json.ts) take it as one
// optional part; the whole glossary's exports leave it out and are unchanged by it.
import type { Lang } from "@/lib/glossary/langs";

export interface TextOccurrence {
  /** The form as written in the text (сотының), in the text's own script. */
  form: string;
  /** The entry's name (term or variant, in the text's language) the form reads as. */
  name: string;
  /** The sentence around the occurrence, as written. */
  sentence: string;
  /** 1-based, like the reader's paragraphs. */
  paragraph: number;
}

export interface TextOccurrences {
  /** The text's language: the forms are of this language's names. */
  lang: Lang;
  /** An entry's occurrences in text order (none for an entry the text does not have). */
  of: (entryId: string) => readonly TextOccurrence[];
}

export interface FormCount {
  form: string;
  name: string;
  count: number;
}

/** Each form once with how often it occurred, most frequent first (ties in the order first met). */
export function formCounts(occurrences: readonly TextOccurrence[]): FormCount[] {
  const counts = new Map<string, FormCount>();
  for (const { form, name } of occurrences) {
    const known = counts.get(form);
    if (known) known.count++;
    else counts.set(form, { form, name, count: 1 });
  }
  // Array.prototype.sort is stable: equal counts keep the order they were first met in.
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

/** A sentence on one line: line breaks and runs of spaces inside it become single spaces. */
export const oneLineSentence = (sentence: string): string => sentence.replace(/\s+/g, " ").trim();

/** The sentences the occurrences stand in, each once, in text order, on one line each. */
export function distinctSentences(occurrences: readonly TextOccurrence[]): string[] {
  return [...new Set(occurrences.map((o) => oneLineSentence(o.sentence)))].filter((s) => s !== "");
}

/** "сотының (2), сотқа (1)": the forms with their counts, for a cell or a note. */
export const formsLine = (forms: readonly FormCount[], separator: string): string =>
  forms.map(({ form, count }) => `${form} (${count})`).join(separator);
