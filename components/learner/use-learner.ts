"use client";
// The one place the browser's UI reads and changes the learner's data (saved terms, known terms,
// own texts, settings). A single module-level client opens the IndexedDB store on first use,
// keeps the loaded LearnerData in memory and tells every subscribed component of each change;
// other tabs hear of changes through a BroadcastChannel and reload from the store. On the server,
// and during hydration, the state is "loading" with no data, so the first render matches.
import { useMemo, useSyncExternalStore } from "react";
import { mergeLearnerData } from "@/lib/learner/merge";
import { byNewest } from "@/lib/learner/order";
import { LearnerStoreError, openLearnerStore, type LearnerStore } from "@/lib/learner/store";
import type { Grade, LearnerData, LearnerSettings, OwnText, SavedTerm } from "@/lib/learner/types";

export type LearnerStatus = "loading" | "ready" | "unavailable";

export interface LearnerState {
  status: LearnerStatus;
  /** Null until loaded, and when the browser's storage is unavailable. */
  data: LearnerData | null;
  /** Why the storage is unavailable (status "unavailable"), else null. */
  error: LearnerStoreError | null;
}

const CHANNEL = "zan-reader-learner";
const LOADING: LearnerState = { status: "loading", data: null, error: null };
const NO_KNOWN: ReadonlySet<string> = new Set();

let state: LearnerState = LOADING;
let store: Promise<LearnerStore> | null = null;
let channel: BroadcastChannel | null = null;
let factory: IDBFactory | undefined;
/** Counts local changes, so that a reload started before one does not overwrite it. */
let changes = 0;
const listeners = new Set<() => void>();

function setState(next: LearnerState): void {
  state = next;
  for (const listener of [...listeners]) listener();
}

const asStoreError = (error: unknown): LearnerStoreError =>
  error instanceof LearnerStoreError
    ? error
    : new LearnerStoreError("failed", error instanceof Error ? error.message : String(error), { cause: error });

/** Loads everything from the store into memory (again), unless a local change overtakes it. */
async function reload(): Promise<void> {
  for (;;) {
    const before = changes;
    let data: LearnerData;
    try {
      data = await (await openStore()).load();
    } catch (error) {
      setState({ status: "unavailable", data: null, error: asStoreError(error) });
      return;
    }
    if (before === changes) {
      setState({ status: "ready", data, error: null });
      return;
    }
  }
}

function openStore(): Promise<LearnerStore> {
  if (!store) {
    store = openLearnerStore(factory);
    if (typeof BroadcastChannel !== "undefined") {
      channel = new BroadcastChannel(CHANNEL);
      channel.onmessage = () => void reload();
    }
    void reload();
  }
  return store;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void openStore().catch(() => undefined);
  return () => {
    listeners.delete(listener);
  };
}

const getSnapshot = () => state;
const getServerSnapshot = () => LOADING;

/** The loaded data, waiting for the first load; rejects when the storage is unavailable. */
async function loaded(): Promise<{ db: LearnerStore; data: LearnerData }> {
  const db = await openStore();
  while (state.status === "loading") {
    await new Promise<void>((resolve) => {
      const done = () => {
        listeners.delete(done);
        resolve();
      };
      listeners.add(done);
    });
  }
  if (state.status === "unavailable" || !state.data) throw state.error ?? new LearnerStoreError("unavailable", "The browser's storage is not available");
  return { db, data: state.data };
}

/** Writes through the store, then shows the change here and tells the other tabs. */
async function change(write: (db: LearnerStore, data: LearnerData) => Promise<LearnerData>): Promise<void> {
  const { db, data } = await loaded();
  const next = await write(db, data);
  changes += 1;
  // The data may have moved on while writing (another change); apply to the latest.
  setState({ status: "ready", data: next, error: null });
  channel?.postMessage("changed");
}

/** The learner's data and whether it is there yet. */
export function useLearner(): LearnerState {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}

/** The ids of the terms the reader marked as known (empty until loaded). */
export function useKnownTermIds(): ReadonlySet<string> {
  const { data } = useLearner();
  const known = data?.known;
  return useMemo(() => (known ? new Set(known) : NO_KNOWN), [known]);
}

/** The saved term with this id, or undefined (not saved, or not loaded yet). */
export function useSavedTerm(termId: string): SavedTerm | undefined {
  const { data } = useLearner();
  return data?.terms.find((t) => t.termId === termId);
}

/**
 * Saves a term for review. When it is saved already, where it was met is updated but its
 * schedule and savedAt are kept, so saving again never throws away what the reader learned.
 */
export function saveTerm(term: SavedTerm): Promise<void> {
  return change(async (db) => {
    const saved = state.data?.terms.find((t) => t.termId === term.termId);
    const next = saved ? { ...term, schedule: saved.schedule, savedAt: saved.savedAt } : term;
    await db.putTerm(next);
    const terms = state.data?.terms ?? [];
    return { ...current(), terms: saved ? terms.map((t) => (t.termId === term.termId ? next : t)) : [...terms, next] };
  });
}

export function removeTerm(termId: string): Promise<void> {
  return change(async (db) => {
    await db.deleteTerm(termId);
    const data = current();
    return { ...data, terms: data.terms.filter((t) => t.termId !== termId) };
  });
}

export function setKnown(termId: string, known: boolean): Promise<void> {
  return change(async (db) => {
    await db.setKnown(termId, known);
    const data = current();
    const others = data.known.filter((id) => id !== termId);
    return { ...data, known: known ? [...others, termId] : others };
  });
}

/** Records a review's answer: the term's schedule moves by FSRS. Rejects if the term is not saved. */
export function gradeTerm(termId: string, answer: Grade, now: Date = new Date()): Promise<void> {
  return change(async (db, data) => {
    const term = data.terms.find((t) => t.termId === termId);
    if (!term) throw new Error(`gradeTerm: no saved term "${termId}"`);
    // The scheduler (ts-fsrs) is loaded only when a review is graded: the article pages that read
    // the learner's data (for the quiet marks of known terms) need none of it.
    const { grade } = await import("@/lib/learner/schedule");
    const next = { ...term, schedule: grade(term.schedule, answer, now) };
    await db.putTerm(next);
    const latest = current();
    return { ...latest, terms: latest.terms.map((t) => (t.termId === termId ? next : t)) };
  });
}

/** Saves (adds or replaces) one of the reader's own texts. */
export function saveText(text: OwnText): Promise<void> {
  return change(async (db) => {
    await db.putText(text);
    const data = current();
    const others = data.texts.filter((t) => t.id !== text.id);
    const texts = [...others, text].sort(byNewest);
    return { ...data, texts };
  });
}

export function deleteText(id: string): Promise<void> {
  return change(async (db) => {
    await db.deleteText(id);
    const data = current();
    return { ...data, texts: data.texts.filter((t) => t.id !== id) };
  });
}

export function updateSettings(partial: Partial<LearnerSettings>): Promise<void> {
  return change(async (db, data) => {
    const settings = { ...data.settings, ...partial };
    await db.putSettings(settings);
    return { ...current(), settings };
  });
}

/**
 * Imports a backup: merged with what the store holds now (read again, so that what another tab
 * wrote meanwhile is kept: nothing is lost), then written in one transaction.
 */
export function importData(incoming: LearnerData): Promise<void> {
  return change(async (db) => {
    const merged = mergeLearnerData(await db.load(), incoming);
    await db.replace(merged);
    return merged;
  });
}

/** The latest loaded data (a write in flight may have been overtaken by another). */
function current(): LearnerData {
  if (!state.data) throw new LearnerStoreError("unavailable", "The browser's storage is not available");
  return state.data;
}

/** For tests: forgets the client (closing its store) and uses `idb` as the IndexedDB next time. */
export async function resetLearnerForTests(idb?: IDBFactory): Promise<void> {
  const open = store;
  store = null;
  channel?.close();
  channel = null;
  factory = idb;
  changes = 0;
  state = LOADING;
  listeners.clear();
  if (open) await open.then((db) => db.close(), () => undefined);
}
