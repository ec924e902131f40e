// What the learner component tests share: a fresh browser database (fake-indexeddb) per test
// behind the learner client, jsdom's missing structuredClone, and a saved term to seed it with.
import { IDBFactory } from "fake-indexeddb";
import { deserialize, serialize } from "node:v8";
import { resetLearnerForTests } from "@/components/learner/use-learner";
import { openLearnerStore } from "@/lib/learner/store";
import { newSchedule } from "@/lib/learner/schedule";
import type { LearnerData, SavedTerm } from "@/lib/learner/types";
import { JURY_TRIAL } from "../term/fixtures";

// jsdom has no structuredClone, which IndexedDB (fake-indexeddb) uses to store values.
globalThis.structuredClone ??= <T,>(value: T): T => deserialize(serialize(value)) as T;

/** A new, empty database for the learner client; returns it, to open a second store on (a reload). */
export async function freshLearnerDb(): Promise<IDBFactory> {
  const factory = new IDBFactory();
  await resetLearnerForTests(factory);
  return factory;
}

/** What the database holds, read as a newly loaded page would. */
export async function storedData(factory: IDBFactory): Promise<LearnerData> {
  const store = await openLearnerStore(factory);
  try {
    return await store.load();
  } finally {
    store.close();
  }
}

/** Writes terms straight into the database (as an earlier visit would have left them). */
export async function seedTerms(factory: IDBFactory, terms: SavedTerm[], known: string[] = []): Promise<void> {
  const store = await openLearnerStore(factory);
  try {
    for (const term of terms) await store.putTerm(term);
    for (const id of known) await store.setKnown(id, true);
  } finally {
    store.close();
  }
}

/** «алқабилер сотының» met in paragraph 2 of an article, saved at `savedAt` and due then. */
export function juryTerm(savedAt: Date, overrides: Partial<SavedTerm> = {}): SavedTerm {
  return {
    termId: JURY_TRIAL.id,
    entry: JURY_TRIAL,
    lang: "kk",
    form: "алқабилер сотының",
    grammar: "сот|сот||ы:poss3,ның:genitive",
    sentence: { before: "Бұл ", term: "алқабилер сотының", after: " ісі." },
    translation: { lang: "en", sentence: { before: "This is a case of the ", term: "jury trial", after: "." } },
    metIn: { kind: "article", slug: "supreme-court-international-partners", title: "Жоғарғы сот", paragraph: 2 },
    savedAt: savedAt.toISOString(),
    schedule: newSchedule(savedAt),
    ...overrides,
  };
}
