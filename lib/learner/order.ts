// The orders the learner's lists are kept and shown in: own texts newest first (by when they were
// made; ties by id, so the order is stable), saved terms in the order they were saved.
import type { OwnText, SavedTerm } from "./types";

export function byNewest(a: OwnText, b: OwnText): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function bySaved(a: SavedTerm, b: SavedTerm): number {
  return a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0;
}
