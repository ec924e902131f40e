// What the reader keeps about themself, in their own browser only (IndexedDB, see store.ts):
// the terms they saved for review, with where and how they met them and their FSRS schedule;
// the terms they know; their own texts; a few settings. Exported and imported as one JSON file
// (backup.ts). Nothing here is sent to the server.
import type { CardSentence } from "@/lib/export/anki";
import type { GlossaryEntry, Lang } from "@/lib/glossary/schema";

/**
 * What a saved term keeps of its glossary entry, so that review works offline and a card stays
 * readable if the glossary later drops or renames the entry (structurally the browser's TermCard).
 */
export type SavedEntry = Pick<GlossaryEntry, "id" | "status" | "domains" | "kk" | "ru" | "en">;

/** Where a term was met: an article of the site, or one of the reader's own texts. */
export type MetIn =
  | { kind: "article"; slug: string; title: string; paragraph: number }
  | { kind: "text"; id: string; title: string; paragraph: number };

/** The sentence of the same paragraph in a translation, with the term's equivalent marked. */
export interface MetTranslation {
  lang: "ru" | "en";
  sentence: CardSentence;
}

/** The four answers of a review, as FSRS grades them. */
export const GRADES = ["again", "hard", "good", "easy"] as const;
export type Grade = (typeof GRADES)[number];

/** An FSRS memory state, serialisable (dates as ISO strings). See schedule.ts. */
export interface Schedule {
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: "new" | "learning" | "review" | "relearning";
  lastReview?: string;
}

export interface SavedTerm {
  termId: string;
  entry: SavedEntry;
  /** The language of the text it was met in. */
  lang: Lang;
  /** The form met, as written there (often inflected: «сотының»). */
  form: string;
  /** The met form's grammar, as a mark's data-grammar attribute holds it (grammar-attr.ts). */
  grammar?: string;
  sentence: CardSentence;
  translation?: MetTranslation;
  metIn: MetIn;
  savedAt: string;
  schedule: Schedule;
}

/** A text the reader pasted or opened, kept in their library. */
export interface OwnText {
  id: string;
  title: string;
  text: string;
  lang: Lang;
  createdAt: string;
  updatedAt: string;
}

export interface LearnerSettings {
  /** Marks of known terms are drawn more quietly in texts. */
  quietKnown: boolean;
  /** The script of the Kazakh side of exported flashcards. */
  flashcardScript: "cyrl" | "latn";
}

export const DEFAULT_SETTINGS: LearnerSettings = { quietKnown: true, flashcardScript: "cyrl" };

/** Everything the browser keeps, as the export file holds it. */
export interface LearnerData {
  terms: SavedTerm[];
  /** Ids of the entries the reader marked as known. */
  known: string[];
  texts: OwnText[];
  settings: LearnerSettings;
}
